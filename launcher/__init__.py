"""The server launcher: starts the action server, Rasa and the web page on loopback, and the terminal chat."""
