// Classes for a table that becomes cards below 640 px (issue #26: no element wider than a phone): each row a
// two-column grid, each cell preceded by its column's name (the cell's data-label), the header kept for screen
// readers only. Wide figures tables use it instead of scrolling sideways, which hides columns on a phone.
export const STACKED_ROW = "border-t border-slate-100 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:py-2";
export const STACKED_CELL = "max-sm:before:mr-1 max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)_':']";
