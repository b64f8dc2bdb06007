"""Property tests are checked for what they find, never for how long an example takes: the suite runs on shared
machines, and timing belongs to the benchmarks."""

from hypothesis import settings

settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")
