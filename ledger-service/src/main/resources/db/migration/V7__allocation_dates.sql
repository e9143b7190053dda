-- Aging asks for the latest allocation date: when no allocation is dated after its as-of date, what is open as
-- of that date is what is open now, and the allocations need not be read.
CREATE INDEX allocation_allocated_on ON allocation (allocated_on);
