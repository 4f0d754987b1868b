"""Rasa's SQL tracker store, plus deletion of a conversation on request.

When the person confirms "forget me", `action_forget_me` sets the slot
`forget_confirmed`; instead of saving that turn, this store deletes every
stored event of the conversation. Configure it in the endpoints file with
`type: privacy.tracker_store.ForgettingSQLTrackerStore` and the usual SQL
tracker store settings (SQLite or PostgreSQL).
"""

import logging

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

FORGET_CONFIRMED = "forget_confirmed"


class ForgettingSQLTrackerStore(SQLTrackerStore):
    """An SQL tracker store that deletes a conversation when asked to forget it."""

    async def save(self, tracker: DialogueStateTracker) -> None:
        if tracker.get_slot(FORGET_CONFIRMED) is True:
            deleted = self.delete(tracker.sender_id)
            logger.info("Deleted a conversation on request (%d events).", deleted)
            return
        await super().save(tracker)

    def delete(self, sender_id: str) -> int:
        """Delete every stored event of one conversation; the number deleted."""
        with self.session_scope() as session:
            deleted = (
                session.query(self.SQLEvent)
                .filter(self.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return deleted
