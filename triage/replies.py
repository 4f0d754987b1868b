"""Fixed replies that custom actions send (the rest live in domain.yml)."""

INTRO = (
    "Hi, I'm a self-care guide for knots in the middle of the back, between the "
    "shoulder blades. I'll ask you up to five short questions, then either coach you "
    "through a strengthening routine or tell you who to see, and why. This is not a "
    "diagnosis. If you have chest pain, trouble breathing or another emergency, "
    "call your local emergency number now."
)

OUTCOME_UNCHANGED = (
    "Thanks, I've noted that. It doesn't change my advice: {headline} If anything "
    "new comes up, like a new symptom, tell me and I'll look again, or say \"start "
    'over" for a new check.'
)

OUTCOME_REMINDER = (
    "My advice from our check stands: {headline} Tell me about any new or changed "
    'symptom and I\'ll look again, or say "start over" for a new check.'
)

GREET_DURING_QUESTIONS = "Hi again! Let's carry on where we were."

WELCOME_BACK = (
    "Welcome back! Let's see how the routine is going. If anything new has come up, "
    "like a new symptom, tell me too. In an emergency, call your local emergency number."
)

NOT_UNDERSTOOD_IN_CHECK = (
    "Sorry, I didn't catch that. You can answer in your own words, use the buttons, "
    'or say "not sure" or "why do you ask?".'
)

NOT_UNDERSTOOD = "Sorry, I didn't follow that. Let's go through the questions one at a time."

NOT_UNDERSTOOD_AFTER_OUTCOME = (
    "Sorry, I didn't follow that. You can tell me about any new or changed symptom "
    'and I\'ll look again, or say "start over" for a new check.'
)

STARTING_OVER = "Okay, let's start again from the top."
