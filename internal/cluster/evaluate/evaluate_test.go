package evaluate

import (
	"math"

	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"tidings/internal/cluster"
)

// dataDir is the shared data, outside the repository.
const dataDir = "../../../../shared/data"

func TestRun(t *testing.T) {
	if _, err := os.Stat(filepath.Join(dataDir, "giveme5w1h-news-cluster")); err != nil {
		t.Skip("shared data absent:", err)
	}
	var out bytes.Buffer
	if err := Run(context.Background(), &out, dataDir); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

// TestFloor holds the clusterer to the score it reaches with the default
// options on news_cluster (0.919 when written).
func TestFloor(t *testing.T) {
	c, err := readCorpus("news_cluster", filepath.Join(dataDir, "giveme5w1h-news-cluster", "news_cluster"))
	if err != nil {
		t.Skip("shared data absent:", err)
	}
	if s := bcubed(oursWith(c, cluster.DefaultOptions()), c.gold); s.f1 < 0.90 {
		t.Errorf("B-cubed F1 = %.3f, want >= 0.90 (P %.3f, R %.3f)", s.f1, s.p, s.r)
	}
}

func TestBcubed(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	tests := []struct {
		name string
		pred []int
		want score
	}{
		{"perfect", []int{1, 1, 2, 2}, score{1, 1, 1}},
		{"all alone", []int{1, 2, 3, 4}, score{1, 0.5, 2.0 / 3}},
		{"all in one", []int{1, 1, 1, 1}, score{0.5, 1, 2.0 / 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bcubed(tt.pred, gold); math.Abs(got.p-tt.want.p)+math.Abs(got.r-tt.want.r)+math.Abs(got.f1-tt.want.f1) > 1e-9 {
				t.Errorf("bcubed = %+v, want %+v", got, tt.want)
			}
		})
	}
}
