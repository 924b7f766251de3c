"""The hostile article of the web tests: untrusted text that must be shown, never run."""

from __future__ import annotations

# The text keeps two tags and the title carries the third: an input with three or more
# common tags is taken for a web page and its tags are stripped at ingest.
HOSTILE_TEXT = (
    "قصفت طائرات روسية مدينة تدمر يوم الثلاثاء. وكتب أحد القراء <script>alert(1)</script> "
    "في تعليق، ثم أضاف <svg onload=alert(2)> قبل أن يحذف."
)
HOSTILE_TITLE = "تعليق <img src=x onerror=alert(3)>"
HOSTILE_URL = "javascript:alert(4)"
