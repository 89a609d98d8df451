import Foundation
import GRDB

extension WorkshopStore {
    /// Writes a complete copy of the workshop file (every saved change with its history, the
    /// drafts) to the new file `path`, built like a new workshop (``NewWorkshopFile``): it
    /// appears complete or not at all. The way to get the data out when the file cannot be
    /// written any more: the copy is read through the connection that has the file open, so it
    /// works also when the file was deleted or replaced under its name meanwhile.
    public func copy(to path: String) throws(StoreError) {
        try NewWorkshopFile.build(at: path) { copy in
            try copy.writeWithoutTransaction { destination in
                try self.database.writeWithoutTransaction { source in try source.backup(to: destination) }
            }
        }
    }
}
