// Package fetch is the first stage of the Tidings flow: every byte that
// Tidings reads from the network comes through its Client.
//
// The Client is polite and guarded:
//
//   - It refuses to connect to loopback, private, link-local, CGNAT,
//     multicast, unspecified, documentation and other special-purpose
//     addresses, checked at dial time on the resolved address, so that a
//     redirect or a DNS answer that changes between look-ups cannot reach
//     the machine's own network (Options.AllowPrivate lifts this for tests
//     and local trials).
//   - It speaks only http and https, follows at most Options.MaxRedirects
//     redirects, bounds every phase with a timeout, and refuses a body
//     larger than Options.MaxBody, before and after gzip decoding.
//   - It names itself with a clear User-Agent, sends conditional requests
//     so that an unchanged feed costs a 304, and honours robots.txt.
//
// Later stages (feed, extract) take the bytes of a Response; the jobs
// package decides when to call Get and what to do with its errors, which
// carry a kind that errors.Is recognises: ErrBlocked, ErrTooLarge,
// ErrRobots, ErrTooManyRedirects, ErrScheme, ErrBadURL and ErrStatus
// (with a *StatusError holding the code).
package fetch
