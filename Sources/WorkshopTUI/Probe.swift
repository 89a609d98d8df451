import CNcurses
func _probe() { _ = allianz_cols() }
