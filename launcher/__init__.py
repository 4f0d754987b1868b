"""The server launcher: the action server, Rasa and the web page on loopback; the terminal chat."""
