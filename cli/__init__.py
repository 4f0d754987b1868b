"""Command-line helpers: start the servers on localhost and chat in a terminal."""
