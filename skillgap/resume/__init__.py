"""What a résumé is: contact details, dates and date ranges, roles, bullets.

Shared by the linter, the rewrites and extraction; it knows nothing of any of them."""

from skillgap.resume.contacts import EMAIL, PHONE, Contact, find_contacts, find_phones
from skillgap.resume.dates import DateRange, PartialDate, find_dates, month_index
from skillgap.resume.layout import ROLE_SECTIONS, Entry, ResumeLayout

__all__ = [
    "EMAIL", "PHONE", "ROLE_SECTIONS", "Contact", "DateRange", "Entry", "PartialDate", "ResumeLayout",
    "find_contacts", "find_dates", "find_phones", "month_index",
]
