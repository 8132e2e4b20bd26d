package llm

import (
	"fmt"
	"sync"
	"time"
)

// budget is the daily token budget: the tokens the endpoint reports as
// used, per UTC day. A call is refused once the day's tokens are spent;
// the call that crosses the limit is allowed to finish.
type budget struct {
	limit int // 0: no limit

	mu   sync.Mutex
	day  string // "2006-01-02" of used
	used int
}

func (b *budget) allow(now time.Time) error {
	if b.limit == 0 {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll(now)
	if b.used >= b.limit {
		return fmt.Errorf("%w: %d of %d tokens used today", ErrBudget, b.used, b.limit)
	}
	return nil
}

func (b *budget) spend(now time.Time, tokens int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.roll(now)
	b.used += tokens
}

func (b *budget) roll(now time.Time) {
	if day := now.UTC().Format(time.DateOnly); day != b.day {
		b.day, b.used = day, 0
	}
}

// breaker is a circuit breaker. Closed, it counts consecutive failed
// calls; at threshold it opens and refuses calls for cooldown; then it lets
// one trial call through (half-open): success closes it, failure opens it
// again.
type breaker struct {
	threshold int
	cooldown  time.Duration

	mu       sync.Mutex
	failures int
	openTill time.Time // zero while closed
	trial    bool      // a half-open trial call is in flight
}

func (b *breaker) allow(now time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.openTill.IsZero() {
		return nil
	}
	if now.Before(b.openTill) || b.trial {
		return fmt.Errorf("%w: %d failures in a row; retry after %s", ErrCircuitOpen, b.failures,
			b.openTill.UTC().Format(time.RFC3339))
	}
	b.trial = true
	return nil
}

// record notes the outcome of an allowed call.
func (b *breaker) record(now time.Time, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trial = false
	if ok {
		b.failures, b.openTill = 0, time.Time{}
		return
	}
	b.failures++
	if b.failures >= b.threshold {
		b.openTill = now.Add(b.cooldown)
	}
}

// abandon notes that an allowed call was cancelled by its caller: it
// tells nothing about the endpoint.
func (b *breaker) abandon() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.trial = false
}
