"""Questions over Debian's /usr/share/common-licenses (base-files: on every Debian system)
for bench/docs.py, written in a user's words rather than the licenses'. Each names the
files that answer it and a phrase the answering passage contains. Written once before
any measurement and not changed to suit a result (retrieval has no tuned parameters:
RRF's k=60 is the paper's, 50 candidates per search)."""

from __future__ import annotations

# (question, files that answer it, phrase in the answering passage)
QUESTIONS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Does a contributor to an Apache-licensed project give me rights to their patents?",
        ("Apache-2.0",),
        "Grant of Patent License",
    ),
    (
        "If I take someone to court claiming the Apache software infringes my patent, what "
        "happens to my own patent rights?",
        ("Apache-2.0",),
        "litigation is filed",
    ),
    (
        "Am I allowed to use the project's name and logo under the Apache license?",
        ("Apache-2.0",),
        "does not grant permission to use the trade",
    ),
    (
        "What do I have to do with the attribution notices file when I ship Apache software?",
        ("Apache-2.0",),
        "NOTICE",
    ),
    (
        "Can I get money from the authors if Apache-licensed code breaks my business?",
        ("Apache-2.0",),
        "Limitation of Liability",
    ),
    (
        "Under the BSD license, may I advertise my product with the names of the original authors?",
        ("BSD",),
        "endorse or promote products",
    ),
    (
        "How does the public domain dedication give up the author's rights?",
        ("CC0-1.0",),
        "surrenders all of",
    ),
    (
        "What if giving up every right is not legally possible in my country?",
        ("CC0-1.0",),
        "Public License Fallback",
    ),
    (
        "Does dedicating a work to the public domain also give away trademarks and patents?",
        ("CC0-1.0",),
        "No trademark or patent rights",
    ),
    (
        "In the Artistic license, what do they call the original, unmodified package?",
        ("Artistic",),
        "Standard Version",
    ),
    (
        "Can I charge money for copying a package under the Artistic license?",
        ("Artistic",),
        "reasonable copying fee",
    ),
    (
        "After being told about a violation of GPL version 3, how long do I have to fix it "
        "to get my rights back?",
        ("GPL-3",),
        "prior to 30 days",
    ),
    (
        "Do I have to hand over signing keys or install methods for a consumer device that "
        "runs GPLv3 software?",
        ("GPL-3",),
        "Installation Information",
    ),
    (
        "Can I share GPLv3 program binaries over BitTorrent?",
        ("GPL-3",),
        "peer-to-peer transmission",
    ),
    (
        "Can a GPLv3 program be treated as copy protection under laws like the DMCA?",
        ("GPL-3",),
        "Anti-Circumvention",
    ),
    (
        "Do I need to accept the GPL just to receive or run a copy of the program?",
        ("GPL-3",),
        "Acceptance Not Required",
    ),
    (
        "What are the parts of a GNU documentation license manual that nobody may change?",
        ("GFDL-1.2", "GFDL-1.3"),
        "Invariant Sections",
    ),
    (
        "If I print more than a hundred copies of a manual under the free documentation "
        "license, what must be on the covers?",
        ("GFDL-1.2", "GFDL-1.3"),
        "more than 100",
    ),
    (
        "Under MPL 2.0, may I combine Mozilla-licensed code with my own proprietary files "
        "in a bigger product?",
        ("MPL-2.0",),
        "Larger Work",
    ),
    (
        "Under the Mozilla Public License 2.0, how long do I have to come back into "
        "compliance after a notice?",
        ("MPL-2.0",),
        "compliant prior to 30 days",
    ),
    (
        "Who is allowed to publish new versions of the Mozilla Public License 1.1?",
        ("MPL-1.1",),
        "Netscape",
    ),
    (
        "Can a program that merely links to an LGPL 2.1 library use its own terms?",
        ("LGPL-2.1",),
        "work that uses the Library",
    ),
    (
        "When I distribute GPL version 2 binaries, what must come with them?",
        ("GPL-2", "LGPL-2", "LGPL-2.1"),
        "complete corresponding machine-readable",
    ),
    (
        "How long must a written offer to provide the source code stay valid?",
        ("GPL-2", "GPL-1", "LGPL-2", "LGPL-2.1"),
        "three years",
    ),
    (
        "What does LGPL version 3 define before it adds its exceptions to the GPL?",
        ("LGPL-3",),
        "Additional Definitions",
    ),
    (
        "Under LGPL 3, what are my obligations when I ship an application combined with "
        "the library?",
        ("LGPL-3",),
        "Combined Works",
    ),
    (
        "Is there any warranty for a program licensed free of charge under GPL 2?",
        ("GPL-2", "GPL-1", "LGPL-2", "LGPL-2.1"),
        "NO WARRANTY",
    ),
    (
        "What is a machine-readable copy of a document in a format whose specification is "
        "public called?",
        ("GFDL-1.2", "GFDL-1.3"),
        "Transparent",
    ),
    (
        "Under the Artistic license, may I bundle the package with other commercial software?",
        ("Artistic",),
        "aggregate",
    ),
    (
        "Under MPL 2.0, what happens to end user licenses after my license is terminated?",
        ("MPL-2.0",),
        "shall survive termination",
    ),
]

# Written after the first measurements, and used only to report (never to choose a
# setting): recall@5 on questions retrieval was not developed with.
HELD_OUT: list[tuple[str, tuple[str, ...], str]] = [
    ("Is the GNU GPL version 3 a copyleft license?", ("GPL-3",), "copyleft license"),
    (
        "Which parts of an operating system do not count as source I have to hand over under "
        "GPLv3?",
        ("GPL-3",),
        "System Libraries",
    ),
    (
        "May I sublicense a program I got under GPL version 3?",
        ("GPL-3",),
        "Sublicensing is not allowed",
    ),
    (
        "When I receive a GPLv3 program, do I automatically get a license from the original "
        "authors?",
        ("GPL-3",),
        "Automatic Licensing of Downstream Recipients",
    ),
    (
        "What counts as a contributor's essential patent claims?",
        ("GPL-3",),
        "essential patent claims",
    ),
    (
        "Can I choose a newer version of the GPL when the program says 'or any later version'?",
        ("GPL-3",),
        "any later version",
    ),
    (
        "Are contributions I send to an Apache project automatically under the Apache license?",
        ("Apache-2.0",),
        "Submission of Contributions",
    ),
    (
        "Under Apache 2.0, can I offer support or warranty for a fee to my customers?",
        ("Apache-2.0",),
        "Accepting Warranty or Additional Liability",
    ),
    (
        "What is a derivative work according to the Apache license?",
        ("Apache-2.0",),
        "Derivative Works",
    ),
    (
        "What conditions apply when I redistribute Apache-licensed software in any medium?",
        ("Apache-2.0",),
        "Redistribution",
    ),
    (
        "In the Mozilla license, what is meant by the preferred form for making changes?",
        ("MPL-2.0",),
        "Source Code Form",
    ),
    (
        "What notice has to be attached to files covered by the Mozilla Public License 2.0?",
        ("MPL-2.0",),
        "Exhibit A",
    ),
    (
        "Under MPL 2.0, can I distribute the executable under a different license?",
        ("MPL-2.0",),
        "sublicense it under different terms",
    ),
    (
        "Is the Mozilla license compatible with the GPL, via secondary licenses?",
        ("MPL-2.0",),
        "Secondary License",
    ),
    (
        "Under the BSD license, must binary distributions reproduce the copyright notice?",
        ("BSD",),
        "Redistributions in binary form",
    ),
    (
        "Does CC0 come with any warranties about the work?",
        ("CC0-1.0",),
        "Affirmer offers the Work as-is",
    ),
    ("What is an opaque copy of a document under the GFDL?", ("GFDL-1.2", "GFDL-1.3"), "Opaque"),
    (
        "Under the GFDL, can I put a manual together with other separate works on one "
        "storage medium?",
        ("GFDL-1.2", "GFDL-1.3"),
        "AGGREGATION WITH INDEPENDENT WORKS",
    ),
    (
        "May I translate a manual released under the free documentation license?",
        ("GFDL-1.2", "GFDL-1.3"),
        "TRANSLATION",
    ),
    (
        "Under the Artistic license, what is a reasonable copying fee?",
        ("Artistic",),
        "Reasonable copying fee",
    ),
]
