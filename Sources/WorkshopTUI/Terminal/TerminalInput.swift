import CNcurses
import Foundation

/// Reads what the terminal sends (standard input, as raw bytes) and decodes it with
/// ``InputDecoder``; notices a resize (SIGWINCH) and a terminal that went away.
final class TerminalInput {
    /// What the terminal did.
    enum Event: Equatable {
        case key(Key)
        /// The window has a new size; ncurses knows it already.
        case resized
        /// The terminal is gone (the pty closed, the ssh connection dropped).
        case hangup
    }

    private var decoder = InputDecoder()
    private var queued: [Key] = []
    private var lastByte = ContinuousClock.now
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// The next event, waiting at most `timeout`; nil when nothing happened in time.
    func next(timeout: Duration) -> Event? {
        if !queued.isEmpty { return .key(queued.removeFirst()) }
        if SignalTrap.takeResize() { return resize() }
        var wait = timeout
        if decoder.isWaiting {
            let left = decoder.waitLimit - (ContinuousClock.now - lastByte)
            guard left > .zero else { return deliver(decoder.flush()) }
            wait = min(wait, left)
        }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000, 0))
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 {
            return SignalTrap.takeResize() ? resize() : nil
        }
        if ready == 0 {
            if decoder.isWaiting && ContinuousClock.now - lastByte >= decoder.waitLimit { return deliver(decoder.flush()) }
            return nil
        }
        if descriptor.revents & Int16(POLLIN) == 0 { return .hangup }
        let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count == 0 { return .hangup }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? nil : .hangup }
        lastByte = .now
        return deliver(decoder.feed(buffer[0..<count]))
    }

    private func deliver(_ keys: [Key]) -> Event? {
        queued += keys
        return queued.isEmpty ? nil : .key(queued.removeFirst())
    }

    /// Tells ncurses the new size (the program handles SIGWINCH itself, so ncurses does not).
    private func resize() -> Event {
        var rows: Int32 = 0, columns: Int32 = 0
        if allianz_window_size(&rows, &columns) != 0 { resize_term(rows, columns) }
        return .resized
    }
}
