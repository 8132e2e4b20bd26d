// Package web serves Tidings' site: the home page, section pages, story
// pages and the flag form, and routes the JSON API (package api). routes.go
// lists every route. Templates and static files are embedded and parsed at
// start, so a broken template fails the start, not a reader's request.
package web
