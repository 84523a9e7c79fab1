/// The conversation metrics, one pure function each (in the `Measure+…` files), all reading a `CallText`.
enum Measure {}
