package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// parseFlags parses a subcommand's flags. --help prints the usage (every
// flag with its default) on stdout; an unknown flag or a bad value is one
// line on stderr. It says whether to go on, and the exit status if not.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (bool, int) {
	usage := fs.Usage
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(stdout)
		fs.Usage()
		return false, exitOK
	case err != nil:
		fmt.Fprintf(stderr, "sitearchive %s: %v (see sitearchive %s --help)\n", fs.Name(), err, fs.Name())
		return false, exitFatal
	}
	fs.SetOutput(stderr)
	return true, 0
}
