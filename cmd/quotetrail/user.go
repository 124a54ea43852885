package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/models"
)

// user manages accounts from the command line: for now, adding one (the
// first admin of a new instance comes from here).
func (m *Main) user(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		return usageError{"usage: quotetrail user add --email EMAIL --role admin|editor [--name NAME] [--db DSN] (password on stdin)"}
	}
	fs := m.flags("user add")
	email := fs.String("email", "", "the user's email address (required)")
	role := fs.String("role", "", "admin or editor (required)")
	name := fs.String("name", "", "the name shown for the user (optional)")
	dsn := m.dbFlag(fs)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("user add takes no arguments, got %q", fs.Args())}
	}
	*email = accounts.NormalizeEmail(*email)
	if msg := accounts.CheckEmail(*email); msg != "" {
		return usageError{"--email: " + msg}
	}
	if *role != accounts.RoleAdmin && *role != accounts.RoleEditor {
		return usageError{fmt.Sprintf("--role: %q is not a role: use admin or editor", *role)}
	}
	password, err := readPassword(m.Stdin)
	if err != nil {
		return err
	}
	if msg := accounts.CheckPasswordRules(password); msg != "" {
		return fmt.Errorf("password on stdin: %s", msg)
	}
	hash, err := accounts.HashPassword(password)
	if err != nil {
		return err
	}
	store, err := m.openStore(*dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	u := &accounts.User{Email: *email, Name: *name, Role: *role, PasswordHash: hash}
	if err := accounts.New(store).CreateUser(ctx, u); err != nil {
		if fe, ok := models.AsFieldErrors(err); ok {
			return errors.New(strings.Join(fieldMessages(fe), " "))
		}
		return err
	}
	fmt.Fprintf(m.Stdout, "added %s %s (user %d)\n", u.Role, u.Email, u.ID)
	return nil
}

// readPassword reads the first line of r, without its line ending, so
// that `echo pw | quotetrail user add` and a typed line both work.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(io.LimitReader(r, 4096)).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read password from stdin: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", errors.New("no password on stdin: pipe or type it, one line")
	}
	return line, nil
}

func fieldMessages(fe models.FieldErrors) []string {
	var out []string
	for _, k := range []string{"email", "name", "role"} {
		if msg, ok := fe[k]; ok {
			out = append(out, msg)
		}
	}
	return out
}
