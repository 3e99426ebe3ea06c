/** The rows-per-page choices of the workloads table, and its default (the first page's size). */
export const PER_PAGE_OPTIONS = [20, 50, 100, 500];
export const PER_PAGE_DEFAULT = 50;
