package schema

// Engine names the database engine a schema is written for.
type Engine int

// The engines quotetrail runs on.
const (
	SQLite Engine = iota
	Postgres
)

// dialect is all that the schema writes differently on SQLite and on
// PostgreSQL. There are exactly two, sqliteDialect and postgresDialect,
// each written as an unkeyed literal so that the compiler refuses one
// that lacks a field.
type dialect struct {
	// id and timestamp are the column types of an auto-increment primary
	// key and of a point in time.
	id, timestamp string
	// migrationSQL is the engine's text of a migration.
	migrationSQL func(migration) string
}

// sqliteDialect is SQLite's.
var sqliteDialect = dialect{
	"INTEGER PRIMARY KEY AUTOINCREMENT", // id
	"DATETIME",                          // timestamp
	func(m migration) string { return m.sqlite },
}

// postgresDialect is PostgreSQL's.
var postgresDialect = dialect{
	"BIGSERIAL PRIMARY KEY", // id
	"TIMESTAMPTZ",           // timestamp
	func(m migration) string { return m.postgres },
}

// dialect is the engine's.
func (e Engine) dialect() *dialect {
	if e == Postgres {
		return &postgresDialect
	}
	return &sqliteDialect
}
