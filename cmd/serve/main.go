// Command serve is a small static file server for the built web app (dist/).
//
//	go run ./cmd/serve -dir dist -addr 127.0.0.1:8080
//
// It sets the headers a production host should set (see README.md,
// "Deploying dist/"): the application/wasm content type, precompressed
// .br/.gz siblings chosen by Accept-Encoding, long-lived caching for
// content-hashed file names, and a strict Content-Security-Policy.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	dir := flag.String("dir", "dist", "directory to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	flag.Parse()

	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		log.Fatalf("serve: %q is not a directory (run `make dist` first?)", *dir)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	srv := &http.Server{
		Handler:           NewHandler(*dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	// Print the real address (useful with -addr 127.0.0.1:0, as the browser
	// tests do). Tests parse this line, so keep its format.
	fmt.Printf("Serving %s on http://%s/\n", *dir, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			log.Fatalf("serve: %v", err)
		}
	case <-ctx.Done():
		stop() // a second Ctrl-C kills the process the usual way
		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdownCtx); err != nil {
			log.Printf("serve: shutdown: %v", err)
		}
		fmt.Println("Stopped.")
	}
}
