"""The browser page of `chair display --serve`: our own template and static files for
textual-serve, so the page works in a room without internet and looks like chair."""
