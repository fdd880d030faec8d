"""A mail backend that cannot reach its server, for the reminders tests."""

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionError("The mail server did not answer.")
