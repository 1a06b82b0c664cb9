"""One decision per team: the unit selector, the "Per onderdeel" chart and the units editor.

Its own translation catalogue (``resources/i18n/units_nl.ts``, context ``Units``).
"""
