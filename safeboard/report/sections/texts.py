"""The prose each built-in section starts with, for the business unit to rewrite.

Plain Markdown; ``[[fact:NAME]]`` cites a sentence computed at every build.
"""

INTRODUCTION = """\
This report sets out what the partnership did this year to keep children in
the area safe, and how well it worked. *The independent chair writes this
introduction.*
"""

STATUTORY_BASIS = """\
The safeguarding partners are the local authority, the chief officer of
police and the health commissioners (Children Act 2004, as amended by the
Children and Social Work Act 2017). Together they make arrangements to work
with relevant agencies to safeguard and promote the welfare of children, and
publish a report on what they have done and how effective it has been at
least once in every twelve months (Working Together to Safeguard Children).
"""

DATASET = """\
The partnership's dataset (Appendix A) is computed from the local
authority's statutory returns.
"""

GUIDANCE = """\
*Summarise the changes in national guidance during the year and what the
partnership is doing about them.*
"""
