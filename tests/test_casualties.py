from .test_events import doc


def codes(text):
    return [(mention.code, mention.title) for mention in doc(text).event_mentions]


def test_the_wounded_of_an_attack_told_in_its_sentence_are_a_mention_of_the_attack():
    found = codes("A gunman killed one guard and injured two others in an attack on the Acme depot.")
    assert found and all(code[:2] == "18" for code, _ in found), found


def test_the_dead_of_an_accident_stay_a_death_toll():
    found = codes("Two workers died after a fire broke out at the Acme depot.")
    assert any(code == "00" for code, _ in found), found


def test_a_later_toll_of_a_bombing_is_the_bombing():
    found = codes("A car bomb exploded outside the Acme depot on Monday. Two guards died in the blast.")
    assert found and all(code[:2] == "18" for code, _ in found), found
