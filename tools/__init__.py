"""Developer tools: the system packages the tasks need, and the pictures' PNG copies."""
