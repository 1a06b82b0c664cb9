"""The secretary's desk: work in progress shown as it is (provisional results, the way to the
next missing score), refusals at the cell, search, and the in-app help."""
