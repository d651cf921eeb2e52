"""``Dataset.timeline()``: date order, and the order links state among meetings of one date."""

import attrs
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud

DATA = iud.load_dataset()
_TEMPLATE = next(m for m in DATA.meetings if m.links and m.date is not None)


@st.composite
def same_date_meetings(draw: st.DrawFn) -> list[iud.Meeting]:
    """Meetings all of one date, whose links (to meetings earlier in a hidden order) form chains and trees."""
    count = draw(st.integers(min_value=1, max_value=12))
    ids = draw(st.permutations([f"meeting/m-{index:02d}" for index in range(count)]))  # the hidden true order
    meetings = []
    for position, meeting_id in enumerate(ids):
        earlier = draw(st.lists(st.sampled_from(ids[:position]), unique=True, max_size=3)) if position else []
        links = tuple(attrs.evolve(_TEMPLATE.links[0], meeting=other) for other in earlier)
        meetings.append(attrs.evolve(_TEMPLATE, id=meeting_id, links=links))
    return draw(st.permutations(meetings))


@given(same_date_meetings())
def test_every_meeting_of_one_date_comes_after_the_meetings_it_links_to(meetings: list[iud.Meeting]) -> None:
    """However long the chain of links, a meeting comes after every meeting it links to when dates cannot tell."""
    dataset = attrs.evolve(DATA, meetings=tuple(meetings))
    timeline = dataset.timeline()
    assert sorted(m.id for m in timeline) == sorted(m.id for m in meetings)
    position = {m.id: index for index, m in enumerate(timeline)}
    for meeting in meetings:
        for link in meeting.links:
            assert position[link.meeting] < position[meeting.id], (link.meeting, meeting.id)


def test_a_cycle_of_links_keeps_id_order_and_loses_no_meeting() -> None:
    """Meetings that link to each other in a cycle are all listed, in id order."""
    one, two = (attrs.evolve(_TEMPLATE, id=f"meeting/c-{n}", links=()) for n in (1, 2))
    one = attrs.evolve(one, links=(attrs.evolve(_TEMPLATE.links[0], meeting=two.id),))
    two = attrs.evolve(two, links=(attrs.evolve(_TEMPLATE.links[0], meeting=one.id),))
    timeline = attrs.evolve(DATA, meetings=(two, one)).timeline()
    assert [m.id for m in timeline] == ["meeting/c-1", "meeting/c-2"]
