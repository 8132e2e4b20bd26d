// Package cluster decides which articles tell the same story. This first
// version groups exact duplicates only: articles with the same canonical
// URL or the same text (whitespace and case aside) are one story. Event
// clustering of different outlets' reporting builds on it.
package cluster

import (
	"strings"

	"tidings/internal/news"
)

// Group assigns each article a group number, starting at 1 in order of
// first appearance; articles in one group tell one story.
func Group(articles []news.Article) []int {
	parent := make([]int, len(articles))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	seen := map[string]int{}
	for i, a := range articles {
		for _, key := range keys(a) {
			if j, ok := seen[key]; ok {
				if ri, rj := find(i), find(j); ri != rj {
					parent[max(ri, rj)] = min(ri, rj)
				}
			} else {
				seen[key] = i
			}
		}
	}
	groups := make([]int, len(articles))
	number := map[int]int{}
	for i := range articles {
		root := find(i)
		if number[root] == 0 {
			number[root] = len(number) + 1
		}
		groups[i] = number[root]
	}
	return groups
}

func keys(a news.Article) []string {
	var out []string
	if a.URL != "" {
		out = append(out, "url:"+a.URL)
	}
	if text := strings.ToLower(strings.Join(strings.Fields(a.Text), " ")); text != "" {
		out = append(out, "text:"+text)
	}
	return out
}
