package main

import (
	"context"
	"encoding/json"
	"os"
	"os/signal"
	"syscall"
	"testing"
)

// TestMain lets a test run the command in a subprocess (to kill it):
// with SITEARCHIVE_TEST_ARGS set, the test binary is sitearchive.
func TestMain(m *testing.M) {
	if args := os.Getenv("SITEARCHIVE_TEST_ARGS"); args != "" {
		var argv []string
		if err := json.Unmarshal([]byte(args), &argv); err != nil {
			panic(err)
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, argv, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}
