// Package store keeps Tidings' data: sources, articles, stories and flags.
// It owns all SQL. Every stage of the pipeline writes its results here, and
// the web pages and API read from here.
//
// It runs on SQLite (a file path) or PostgreSQL (a postgres:// URL). The
// SQL is shared where the two agree; the few differences (search, error
// codes, locks, the migrations table) live in one dialect value chosen at
// Open, and each database has its own embedded migrations.
//
// The store is safe for concurrent use. On SQLite every transaction starts
// with BEGIN IMMEDIATE, so concurrent writers wait on the database lock
// (busy timeout) instead of failing, and a write that still meets a busy
// database is retried. On PostgreSQL writes run at READ COMMITTED; those
// that read and then write under one key (a reader's daily cap, the
// migrations) first take a transaction-level advisory lock on it, and a
// write that meets a serialization failure or deadlock is retried.
package store
