"""Performance figures users feel; `make bench` prints them as one JSON object."""
