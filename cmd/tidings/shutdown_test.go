package main

import (
	"bufio"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// SIGTERM while the site serves a stream of requests and the pipeline is
// inside a slow fetch: requests that were answered got whole answers, the
// fetch is abandoned (the source stays due), and the process exits cleanly
// well within 30 seconds.
func TestSIGTERMUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "tidings")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // a feed that takes a minute to answer
		case <-r.Context().Done():
		case <-time.After(time.Minute):
		}
	}))
	defer slow.Close()
	db := filepath.Join(t.TempDir(), "t.db")
	env := append(os.Environ(), "TIDINGS_DB="+db, "TIDINGS_ALLOW_PRIVATE_NETWORKS=1", "TIDINGS_DEFAULT_SOURCES=none")
	add := exec.Command(bin, "sources", "add", slow.URL+"/feed")
	add.Env = env
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("sources add: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = env
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stderr)
	var site string
	for lines.Scan() {
		if m := regexp.MustCompile(`url=(http://\S+)/`).FindStringSubmatch(lines.Text()); m != nil {
			site = m[1]
			break
		}
	}
	go io.Copy(io.Discard, stderr)
	if site == "" {
		t.Fatal("serve did not say where it listens")
	}
	var ok, broken atomic.Int32
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := http.Get(site + "/")
				if err != nil {
					continue // refused once the listener closed: never answered, not broken
				}
				if _, err := io.ReadAll(resp.Body); err != nil || resp.StatusCode != 200 {
					broken.Add(1)
				} else {
					ok.Add(1)
				}
				resp.Body.Close()
			}
		}()
	}
	time.Sleep(time.Second)
	cmd.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("still running 30 seconds after SIGTERM")
	}
	close(stop)
	wg.Wait()
	if ok.Load() == 0 || broken.Load() != 0 {
		t.Errorf("%d whole answers, %d broken ones (want some, and none broken)", ok.Load(), broken.Load())
	}
	list := exec.Command(bin, "sources", "list")
	list.Env = env
	out, _ := list.CombinedOutput()
	if !regexp.MustCompile(`never\s+waiting`).Match(out) {
		t.Errorf("the fetch cut short by the shutdown was recorded as done or failed:\n%s", out)
	}
}
