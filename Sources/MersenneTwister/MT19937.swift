/// Placeholder replaced below.
struct MT19937 {}
