package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"tidings/internal/section"
)

func TestRunWritesLoadableModel(t *testing.T) {
	out := filepath.Join(t.TempDir(), "model.bin")
	var stdout, stderr bytes.Buffer
	args := []string{"-data", "../corpus/testdata", "-out", out, "-bits", "10"}
	if err := run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := section.Load(b); err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(t.TempDir(), "again.bin")
	if err := run(context.Background(), []string{"-data", "../corpus/testdata", "-out", again, "-bits", "10"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if b2, _ := os.ReadFile(again); !bytes.Equal(b, b2) {
		t.Error("two runs wrote different models")
	}
}

func TestRunNeedsWork(t *testing.T) {
	if err := run(context.Background(), []string{"-data", "../corpus/testdata"}, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
		t.Error("run without -out or -eval: no error")
	}
}
