"""The demonstration area, modelled on the source report's county.

A county with five districts whose child death overview panel is shared
with two neighbouring authorities. Place names and ONS codes are public
geography; every person in the demo is invented.
"""

from __future__ import annotations

PARTNERSHIP = {
    "name": "Warwickshire Safeguarding Children Partnership (demonstration)",
    "short_name": "WSCP demo",
}

CDOP_PANEL = "Coventry, Solihull and Warwickshire Child Death Overview Panel"

# (name, ONS code, DfE LA code, in the partnership?)
LOCAL_AUTHORITIES = [
    ("Warwickshire", "E10000031", "937", True),
    ("Coventry", "E08000026", "331", False),
    ("Solihull", "E08000029", "334", False),
]

# (name, short name as in the report's tables, ONS code): all in Warwickshire
DISTRICTS = [
    ("North Warwickshire", "North Warks", "E07000218"),
    ("Nuneaton and Bedworth", "Nun. & Bed.", "E07000219"),
    ("Rugby", "Rugby", "E07000220"),
    ("Stratford-on-Avon", "Stratford on Avon", "E07000221"),
    ("Warwick", "Warwick", "E07000222"),
]

# (name, short name, type): the partners that fund the board in the report's budget
AGENCIES = [
    ("Warwickshire County Council", "WCC", "local-authority"),
    ("Warwickshire Police", "Police", "police"),
    ("Warwickshire clinical commissioning groups", "CCGs", "health-commissioner"),
    ("South Warwickshire NHS Foundation Trust", "SWFT", "health-provider"),
    ("Coventry and Warwickshire Partnership Trust", "CWPT", "health-provider"),
    ("Warwickshire schools", "Schools", "education"),
    ("National Probation Service", "NPS", "probation"),
    ("Community Rehabilitation Company", "CRC", "community-rehabilitation"),
    ("CAFCASS", "CAFCASS", "cafcass"),
    ("Youth Justice Service", "YJS", "youth-justice"),
    ("North Warwickshire Borough Council", "NWBC", "district-council"),
    ("Nuneaton and Bedworth Borough Council", "NBBC", "district-council"),
    ("Rugby Borough Council", "RBC", "district-council"),
    ("Stratford-on-Avon District Council", "SDC", "district-council"),
    ("Warwick District Council", "WDC", "district-council"),
    ("Voluntary and community sector", "VCS", "voluntary"),
]

# One demo user per role: (username, role, agency short name, job title)
DEMO_USERS = [
    ("demo-business-unit", "business-unit", "WCC", "Board business manager"),
    ("demo-analyst", "performance-analyst", "WCC", "Performance analyst"),
    ("demo-agency-lead", "agency-lead", "Police", "Safeguarding lead"),
    ("demo-board-member", "board-member", "SWFT", "Director of nursing"),
    ("demo-cdop-member", "cdop-member", "CCGs", "Designated doctor for child deaths"),
    ("demo-case-review", "case-review-member", "Police", "Detective inspector"),
    ("demo-chair", "independent-chair", None, "Independent chair"),
]

# Invented names: first and last names are paired by position.
FIRST_NAMES = ["Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Chris", "Morgan", "Li", "Dee"]
LAST_NAMES = ["Archer", "Bellamy", "Carver", "Dunmore", "Ellery", "Fairley", "Garrow", "Hale"]
