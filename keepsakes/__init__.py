"""What a person keeps from a conversation: pictures, the calendar file, the summary page, links."""
