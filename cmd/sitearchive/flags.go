package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
)

var oneDash = regexp.MustCompile(`(^|\s)-([a-z][a-z-]*)`)

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
		// The flag package names flags with one dash; README, help and
		// every other message with two.
		msg := oneDash.ReplaceAllString(err.Error(), "$1--$2")
		fmt.Fprintf(stderr, "sitearchive %s: %s (see sitearchive %s --help)\n", fs.Name(), msg, fs.Name())
		return false, exitFatal
	}
	fs.SetOutput(stderr)
	return true, 0
}

// printFlags lists fs's flags as README writes them (--flag), with their
// defaults, in the order of groups (each a title and the flags' names);
// flags in no group come last.
func printFlags(fs *flag.FlagSet, groups ...flagGroup) {
	w := fs.Output()
	done := map[string]bool{}
	one := func(f *flag.Flag) {
		done[f.Name] = true
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if name != "" {
			line += " " + name
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			def = fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%-28s %s%s\n", line, usage, def)
	}
	for _, g := range groups {
		fmt.Fprintf(w, "%s:\n", g.title)
		for _, n := range g.flags {
			if f := fs.Lookup(n); f != nil {
				one(f)
			}
		}
		fmt.Fprintln(w)
	}
	var rest []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if !done[f.Name] {
			rest = append(rest, f)
		}
	})
	if len(rest) > 0 && len(groups) > 0 {
		fmt.Fprintln(w, "Other:")
	}
	for _, f := range rest {
		one(f)
	}
}

// flagGroup is a titled group of flags in a command's help.
type flagGroup struct {
	title string
	flags []string
}
