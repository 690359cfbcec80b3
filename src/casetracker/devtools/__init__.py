"""Tools for developing casetracker, apart from the product: synthetic databases for
benchmarks and scale tests, and screenshots of the main screens for the README."""
