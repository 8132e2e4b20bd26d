// Package store keeps Tidings' data: sources, articles, stories and flags.
// It owns all SQL. Every stage of the pipeline writes its results here, and
// the web pages and API read from here.
//
// The store is safe for concurrent use. On SQLite every transaction starts
// with BEGIN IMMEDIATE, so concurrent writers wait on the database lock
// (busy timeout) instead of failing, and a write that still meets a busy
// database is retried.
package store
