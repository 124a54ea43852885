PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
			version INTEGER PRIMARY KEY,
			applied_at DATETIME NOT NULL);
INSERT INTO schema_migrations VALUES(1,'2026-12-02 05:44:13.382327537+00:00');
INSERT INTO schema_migrations VALUES(2,'2026-12-02 05:44:13.406131663+00:00');
INSERT INTO schema_migrations VALUES(3,'2026-12-02 05:44:13.419720792+00:00');
INSERT INTO schema_migrations VALUES(4,'2026-12-02 05:44:13.421046741+00:00');
INSERT INTO schema_migrations VALUES(5,'2026-12-02 05:44:13.422237186+00:00');
INSERT INTO schema_migrations VALUES(6,'2026-12-02 05:44:13.463241428+00:00');
INSERT INTO schema_migrations VALUES(7,'2026-12-02 05:44:13.464151023+00:00');
INSERT INTO schema_migrations VALUES(8,'2026-12-02 05:44:13.465696958+00:00');
CREATE TABLE outlets (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		kind TEXT NOT NULL DEFAULT 'news',
		home_url TEXT NOT NULL DEFAULT '',
		article_count INTEGER NOT NULL DEFAULT 0,
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	, version INTEGER NOT NULL DEFAULT 1);
INSERT INTO outlets VALUES(1,'NPR','npr','broadcaster','https://www.npr.org/',0,'2026-12-02 05:44:13.477694+00:00','2026-12-02 05:44:13.477694+00:00',1);
INSERT INTO outlets VALUES(2,'FTC Business Blog','ftc-business-blog','government','https://www.ftc.gov/business-guidance/blog',0,'2026-12-02 05:44:13.481313+00:00','2026-12-02 05:44:13.481313+00:00',1);
CREATE TABLE outlet_domains (
		outlet_id BIGINT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
		domain TEXT NOT NULL UNIQUE,
		PRIMARY KEY (outlet_id, domain)
	);
INSERT INTO outlet_domains VALUES(1,'npr.org');
INSERT INTO outlet_domains VALUES(2,'ftc.gov');
CREATE TABLE people (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		sort_name TEXT NOT NULL,
		kind TEXT NOT NULL DEFAULT 'person',
		description TEXT NOT NULL DEFAULT '',
		wikidata_id TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	, version INTEGER NOT NULL DEFAULT 1);
INSERT INTO people VALUES(1,'Department of Justice','department-of-justice','department of justice','organisation','United States Department of Justice','',1,'2026-12-02 05:44:13.482363+00:00','2026-12-02 05:44:13.482363+00:00',1);
INSERT INTO people VALUES(2,'Federal Trade Commission','federal-trade-commission','federal trade commission','organisation','United States consumer protection and competition agency','',3,'2026-12-02 05:44:13.483242+00:00','2026-12-02 05:44:13.483242+00:00',1);
INSERT INTO people VALUES(3,'Lina Khan','lina-khan','khan, lina','person','Chair of the Federal Trade Commission','',2,'2026-12-02 05:44:13.48407+00:00','2026-12-02 05:44:13.48407+00:00',1);
INSERT INTO people VALUES(4,'Sam Levine','sam-levine','levine, sam','person','Director of the FTC''s Bureau of Consumer Protection','',2,'2026-12-02 05:44:13.484827+00:00','2026-12-02 05:44:13.484827+00:00',1);
INSERT INTO people VALUES(5,'Twitter spokesperson','twitter-spokesperson','twitter spokesperson','role','An unnamed spokesperson for Twitter','',4,'2026-12-02 05:44:13.485344+00:00','2026-12-02 05:44:13.485344+00:00',1);
INSERT INTO people VALUES(6,'Damien Kieran','damien-kieran','kieran, damien','person','Chief privacy officer of Twitter','',3,'2026-12-02 05:44:13.485906+00:00','2026-12-02 05:44:13.485906+00:00',1);
CREATE TABLE person_aliases (
		person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
		alias TEXT NOT NULL,
		PRIMARY KEY (person_id, alias)
	);
INSERT INTO person_aliases VALUES(1,'DOJ');
INSERT INTO person_aliases VALUES(2,'FTC');
INSERT INTO person_aliases VALUES(3,'Khan');
INSERT INTO person_aliases VALUES(3,'Lina M. Khan');
INSERT INTO person_aliases VALUES(4,'Levine');
INSERT INTO person_aliases VALUES(6,'Kieran');
CREATE TABLE articles (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		title TEXT NOT NULL,
		url TEXT,
		outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		authors TEXT NOT NULL DEFAULT '',
		published_on DATE,
		accessed_on DATE,
		body TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	, version INTEGER NOT NULL DEFAULT 1);
INSERT INTO articles VALUES(1,'Twitter Fined $150 Million For Allegedly Selling User Data Improperly',NULL,NULL,'',NULL,NULL,replace('Twitter received bad news after the Federal Trade Commission fined it $150 million.\n\nIt was accused of selling users’ data improperly without their consent. The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.\n\n“Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,” a business blog on the FTC’s website read. “It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.”\n\nTwitter was the first to be found in violation of FTC Act 2011 following a complaint alleging that Twitter exploited users’ data for its own advantage.\n\nThe order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”\n\nAnother similar complaint was filed alleging that users’ data were improperly used.\n\nAccording to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”\n\n“As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,” she said per NPR.\n\nNPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.\n\nHe said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.\n\nA Twitter spokesperson stated that Twitter had a resounding “Yes!” statement that user data “may have been inadvertently used for advertising” and the platform was now “aligned” with the FTC to “ensure that people’s personal data remains secure and their privacy protected.”\n\n“[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,” Twitter’s chief privacy officer, Damien Kieran, said.\n\n“Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,” Kieran added. “We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.”\n','\n',char(10)),15,'2026-12-02 05:44:13.489626+00:00','2026-12-02 05:44:13.489626+00:00',1);
CREATE TABLE topics (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	, version INTEGER NOT NULL DEFAULT 1);
INSERT INTO topics VALUES(1,'privacy','privacy',12,'2026-12-02 05:44:13.491519+00:00','2026-12-02 05:44:13.491519+00:00',1);
INSERT INTO topics VALUES(2,'advertising','advertising',4,'2026-12-02 05:44:13.497071+00:00','2026-12-02 05:44:13.497071+00:00',1);
CREATE TABLE quotes (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		text TEXT NOT NULL,
		person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
		speaker_title TEXT NOT NULL DEFAULT '',
		kind TEXT NOT NULL DEFAULT 'direct',
		article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE RESTRICT,
		outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		via_outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		said_on DATE,
		sort_date TEXT NOT NULL DEFAULT '',
		context TEXT NOT NULL DEFAULT '',
		status TEXT NOT NULL DEFAULT 'unverified',
		anchor_start INTEGER,
		anchor_end INTEGER,
		anchor_exact TEXT NOT NULL DEFAULT '',
		anchor_prefix TEXT NOT NULL DEFAULT '',
		anchor_suffix TEXT NOT NULL DEFAULT '',
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	, fingerprint TEXT, version INTEGER NOT NULL DEFAULT 1);
INSERT INTO quotes VALUES(1,'security purposes',1,'complaint filed on behalf of the FTC','partial',1,NULL,NULL,NULL,'','The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.','unverified',305,322,'security purposes','collected user information for “','” and then sold it commercially.','2026-12-02 05:44:13.491007+00:00','2026-12-02 05:44:13.491007+00:00',NULL,1);
INSERT INTO quotes VALUES(2,'Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,',2,'business blog on the FTC’s website','direct',1,NULL,2,NULL,'','a business blog on the FTC’s website read.','unverified',357,530,'Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,',replace('nd then sold it commercially.\n\n“','\n',char(10)),'” a business blog on the FTC’s w','2026-12-02 05:44:13.49346+00:00','2026-12-02 05:44:13.49346+00:00',NULL,1);
INSERT INTO quotes VALUES(3,'It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.',2,'business blog on the FTC’s website','direct',1,NULL,2,NULL,'','a business blog on the FTC’s website read.','unverified',576,703,'It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.','log on the FTC’s website read. “',replace('”\n\nTwitter was the first to be f','\n',char(10)),'2026-12-02 05:44:13.576458+00:00','2026-12-02 05:44:13.576458+00:00',NULL,1);
INSERT INTO quotes VALUES(4,'the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.',2,'2011 order','partial',1,NULL,NULL,NULL,'','The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”','unverified',959,1103,'the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.','tantial fines if it lied about “',replace('”\n\nAnother similar complaint was','\n',char(10)),'2026-12-02 05:44:13.609374+00:00','2026-12-02 05:44:13.609374+00:00',NULL,1);
INSERT INTO quotes VALUES(5,'security purposes.',3,'FTC chair','partial',1,NULL,1,NULL,'','According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”','unverified',1322,1340,'security purposes.','a originally claimed to be for “',replace('”\n\n“As the complaint notes, Twit','\n',char(10)),'2026-12-02 05:44:13.619251+00:00','2026-12-02 05:44:13.619251+00:00',NULL,1);
INSERT INTO quotes VALUES(6,'As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,',3,'FTC chair','direct',1,NULL,1,NULL,'','she said per NPR.','unverified',1344,1518,'As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,',replace('o be for “security purposes.”\n\n“','\n',char(10)),replace('” she said per NPR.\n\nNPR spoke w','\n',char(10)),'2026-12-02 05:44:13.623443+00:00','2026-12-02 05:44:13.623443+00:00',NULL,1);
INSERT INTO quotes VALUES(7,'the platforms tactics were deliberately deceitful',4,'leader of FTC’s Bureau of Consumer Protection','paraphrase',1,NULL,1,NULL,'','NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.','unverified',1635,1684,'the platforms tactics were deliberately deceitful','onsumer Protection. Levine said ',replace('.\n\nHe said that if you tell peop','\n',char(10)),'2026-12-02 05:44:13.626039+00:00','2026-12-02 05:44:13.626039+00:00',NULL,1);
INSERT INTO quotes VALUES(8,'if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them',4,'leader of FTC’s Bureau of Consumer Protection','paraphrase',1,NULL,1,NULL,'','He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.','unverified',1700,1836,'if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them',replace('rately deceitful.\n\nHe said that ','\n',char(10)),replace('.\n\nA Twitter spokesperson stated','\n',char(10)),'2026-12-02 05:44:13.628908+00:00','2026-12-02 05:44:13.628908+00:00',NULL,1);
INSERT INTO quotes VALUES(9,'Yes!',5,'','partial',1,NULL,NULL,NULL,'','A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement','unverified',1900,1904,'Yes!',' that Twitter had a resounding “','” statement that user data “may ','2026-12-02 05:44:13.631839+00:00','2026-12-02 05:44:13.631839+00:00',NULL,1);
INSERT INTO quotes VALUES(10,'may have been inadvertently used for advertising',5,'','partial',1,NULL,NULL,NULL,'','user data “may have been inadvertently used for advertising”','unverified',1932,1980,'may have been inadvertently used for advertising','Yes!” statement that user data “','” and the platform was now “alig','2026-12-02 05:44:13.633682+00:00','2026-12-02 05:44:13.633682+00:00',NULL,1);
INSERT INTO quotes VALUES(11,'aligned',5,'','partial',1,NULL,NULL,NULL,'','the platform was now “aligned” with the FTC','unverified',2008,2015,'aligned','sing” and the platform was now “','” with the FTC to “ensure that p','2026-12-02 05:44:13.635496+00:00','2026-12-02 05:44:13.635496+00:00',NULL,1);
INSERT INTO quotes VALUES(12,'ensure that people’s personal data remains secure and their privacy protected.',5,'','partial',1,NULL,NULL,NULL,'','to “ensure that people’s personal data remains secure and their privacy protected.”','unverified',2034,2112,'ensure that people’s personal data remains secure and their privacy protected.',' now “aligned” with the FTC to “',replace('”\n\n“[W]e have aligned with the a','\n',char(10)),'2026-12-02 05:44:13.639833+00:00','2026-12-02 05:44:13.639833+00:00',NULL,1);
INSERT INTO quotes VALUES(13,'[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,',6,'Twitter’s chief privacy officer','direct',1,NULL,NULL,NULL,'','Twitter’s chief privacy officer, Damien Kieran, said.','unverified',2116,2279,'[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,',replace('and their privacy protected.”\n\n“','\n',char(10)),'” Twitter’s chief privacy office','2026-12-02 05:44:13.641501+00:00','2026-12-02 05:44:13.641501+00:00',NULL,1);
INSERT INTO quotes VALUES(14,'Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,',6,'Twitter’s chief privacy officer','direct',1,NULL,NULL,NULL,'','Kieran added.','unverified',2337,2598,'Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,',replace('officer, Damien Kieran, said.\n\n“','\n',char(10)),'” Kieran added. “We will also co','2026-12-02 05:44:13.651867+00:00','2026-12-02 05:44:13.651867+00:00',NULL,1);
INSERT INTO quotes VALUES(15,'We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.',6,'Twitter’s chief privacy officer','direct',1,NULL,NULL,NULL,'','Kieran added.','unverified',2615,2902,'We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.','ion at Twitter,” Kieran added. “',replace('”\n','\n',char(10)),'2026-12-02 05:44:13.663419+00:00','2026-12-02 05:44:13.663419+00:00',NULL,1);
CREATE TABLE quote_topics (
		quote_id BIGINT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
		topic_id BIGINT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
		PRIMARY KEY (quote_id, topic_id)
	);
INSERT INTO quote_topics VALUES(1,1);
INSERT INTO quote_topics VALUES(2,1);
INSERT INTO quote_topics VALUES(2,2);
INSERT INTO quote_topics VALUES(3,1);
INSERT INTO quote_topics VALUES(4,1);
INSERT INTO quote_topics VALUES(5,1);
INSERT INTO quote_topics VALUES(5,2);
INSERT INTO quote_topics VALUES(6,1);
INSERT INTO quote_topics VALUES(6,2);
INSERT INTO quote_topics VALUES(7,1);
INSERT INTO quote_topics VALUES(8,1);
INSERT INTO quote_topics VALUES(10,2);
INSERT INTO quote_topics VALUES(12,1);
INSERT INTO quote_topics VALUES(13,1);
INSERT INTO quote_topics VALUES(14,1);
INSERT INTO quote_topics VALUES(15,1);
CREATE TABLE quote_search_years (year TEXT PRIMARY KEY);
CREATE TABLE quote_search_deferred (on_batch INTEGER PRIMARY KEY);
CREATE TABLE users (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		email TEXT NOT NULL,
		name TEXT NOT NULL DEFAULT '',
		role TEXT NOT NULL DEFAULT 'editor',
		password_hash TEXT NOT NULL DEFAULT '',
		invite_hash TEXT UNIQUE,
		invite_expires_at DATETIME,
		disabled_at DATETIME,
		last_login_at DATETIME,
		created_at DATETIME NOT NULL,
		updated_at DATETIME NOT NULL
	);
CREATE TABLE sessions (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		token_hash TEXT NOT NULL UNIQUE,
		user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
		csrf_token TEXT NOT NULL,
		created_at DATETIME NOT NULL,
		last_seen_at DATETIME NOT NULL
	);
CREATE TABLE login_failures (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		email TEXT NOT NULL,
		address TEXT NOT NULL,
		failed_at DATETIME NOT NULL
	);
CREATE TABLE app_secrets (
		name TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
CREATE TABLE person_year_counts (
		person_id BIGINT NOT NULL,
		year TEXT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, year)
	);
CREATE TABLE person_outlet_counts (
		person_id BIGINT NOT NULL,
		outlet_id BIGINT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, outlet_id)
	);
CREATE TABLE person_topic_counts (
		person_id BIGINT NOT NULL,
		topic_id BIGINT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, topic_id)
	);
INSERT INTO person_topic_counts VALUES(1,1,1);
INSERT INTO person_topic_counts VALUES(2,1,3);
INSERT INTO person_topic_counts VALUES(2,2,1);
INSERT INTO person_topic_counts VALUES(3,1,2);
INSERT INTO person_topic_counts VALUES(3,2,2);
INSERT INTO person_topic_counts VALUES(4,1,2);
INSERT INTO person_topic_counts VALUES(5,2,1);
INSERT INTO person_topic_counts VALUES(5,1,1);
INSERT INTO person_topic_counts VALUES(6,1,3);
CREATE TABLE data_version (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		version BIGINT NOT NULL
	);
INSERT INTO data_version VALUES(1,97);
CREATE TABLE revisions (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		entity_type TEXT NOT NULL,
		entity_id BIGINT NOT NULL,
		version INTEGER NOT NULL,
		action TEXT NOT NULL,
		user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
		summary TEXT NOT NULL DEFAULT '',
		data TEXT NOT NULL,
		created_at DATETIME NOT NULL
	);
INSERT INTO revisions VALUES(1,'outlet',1,1,'create',NULL,'','{"name":"NPR","slug":"npr","kind":"broadcaster","home_url":"https://www.npr.org/","domains":["npr.org"]}','2026-12-02 05:44:13.477694+00:00');
INSERT INTO revisions VALUES(2,'outlet',2,1,'create',NULL,'','{"name":"FTC Business Blog","slug":"ftc-business-blog","kind":"government","home_url":"https://www.ftc.gov/business-guidance/blog","domains":["ftc.gov"]}','2026-12-02 05:44:13.481313+00:00');
INSERT INTO revisions VALUES(3,'person',1,1,'create',NULL,'','{"name":"Department of Justice","slug":"department-of-justice","kind":"organisation","description":"United States Department of Justice","wikidata_id":"","aliases":["DOJ"]}','2026-12-02 05:44:13.482363+00:00');
INSERT INTO revisions VALUES(4,'person',2,1,'create',NULL,'','{"name":"Federal Trade Commission","slug":"federal-trade-commission","kind":"organisation","description":"United States consumer protection and competition agency","wikidata_id":"","aliases":["FTC"]}','2026-12-02 05:44:13.483242+00:00');
INSERT INTO revisions VALUES(5,'person',3,1,'create',NULL,'','{"name":"Lina Khan","slug":"lina-khan","kind":"person","description":"Chair of the Federal Trade Commission","wikidata_id":"","aliases":["Khan","Lina M. Khan"]}','2026-12-02 05:44:13.48407+00:00');
INSERT INTO revisions VALUES(6,'person',4,1,'create',NULL,'','{"name":"Sam Levine","slug":"sam-levine","kind":"person","description":"Director of the FTC''s Bureau of Consumer Protection","wikidata_id":"","aliases":["Levine"]}','2026-12-02 05:44:13.484827+00:00');
INSERT INTO revisions VALUES(7,'person',5,1,'create',NULL,'','{"name":"Twitter spokesperson","slug":"twitter-spokesperson","kind":"role","description":"An unnamed spokesperson for Twitter","wikidata_id":"","aliases":[]}','2026-12-02 05:44:13.485344+00:00');
INSERT INTO revisions VALUES(8,'person',6,1,'create',NULL,'','{"name":"Damien Kieran","slug":"damien-kieran","kind":"person","description":"Chief privacy officer of Twitter","wikidata_id":"","aliases":["Kieran"]}','2026-12-02 05:44:13.485906+00:00');
INSERT INTO revisions VALUES(9,'article',1,1,'create',NULL,'','{"title":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","url":null,"outlet_id":null,"outlet":"","authors":"","published_on":null,"accessed_on":null,"body":"Twitter received bad news after the Federal Trade Commission fined it $150 million.\n\nIt was accused of selling users’ data improperly without their consent. The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.\n\n“Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,” a business blog on the FTC’s website read. “It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.”\n\nTwitter was the first to be found in violation of FTC Act 2011 following a complaint alleging that Twitter exploited users’ data for its own advantage.\n\nThe order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”\n\nAnother similar complaint was filed alleging that users’ data were improperly used.\n\nAccording to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”\n\n“As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,” she said per NPR.\n\nNPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.\n\nHe said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.\n\nA Twitter spokesperson stated that Twitter had a resounding “Yes!” statement that user data “may have been inadvertently used for advertising” and the platform was now “aligned” with the FTC to “ensure that people’s personal data remains secure and their privacy protected.”\n\n“[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,” Twitter’s chief privacy officer, Damien Kieran, said.\n\n“Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,” Kieran added. “We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.”\n"}','2026-12-02 05:44:13.489626+00:00');
INSERT INTO revisions VALUES(10,'topic',1,1,'create',NULL,'','{"name":"privacy","slug":"privacy"}','2026-12-02 05:44:13.491519+00:00');
INSERT INTO revisions VALUES(11,'quote',1,1,'create',NULL,'','{"text":"security purposes","person_id":1,"speaker":"Department of Justice","speaker_title":"complaint filed on behalf of the FTC","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":305,"anchor_end":322,"anchor_exact":"security purposes","anchor_prefix":"collected user information for “","anchor_suffix":"” and then sold it commercially."}','2026-12-02 05:44:13.491007+00:00');
INSERT INTO revisions VALUES(12,'topic',2,1,'create',NULL,'','{"name":"advertising","slug":"advertising"}','2026-12-02 05:44:13.497071+00:00');
INSERT INTO revisions VALUES(13,'quote',2,1,'create',NULL,'','{"text":"Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"business blog on the FTC’s website","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":2,"via":"FTC Business Blog","said_on":null,"context":"a business blog on the FTC’s website read.","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":357,"anchor_end":530,"anchor_exact":"Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,","anchor_prefix":"nd then sold it commercially.\n\n“","anchor_suffix":"” a business blog on the FTC’s w"}','2026-12-02 05:44:13.49346+00:00');
INSERT INTO revisions VALUES(14,'quote',3,1,'create',NULL,'','{"text":"It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"business blog on the FTC’s website","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":2,"via":"FTC Business Blog","said_on":null,"context":"a business blog on the FTC’s website read.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":576,"anchor_end":703,"anchor_exact":"It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.","anchor_prefix":"log on the FTC’s website read. “","anchor_suffix":"”\n\nTwitter was the first to be f"}','2026-12-02 05:44:13.576458+00:00');
INSERT INTO revisions VALUES(15,'quote',4,1,'create',NULL,'','{"text":"the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"2011 order","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":959,"anchor_end":1103,"anchor_exact":"the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.","anchor_prefix":"tantial fines if it lied about “","anchor_suffix":"”\n\nAnother similar complaint was"}','2026-12-02 05:44:13.609374+00:00');
INSERT INTO revisions VALUES(16,'quote',5,1,'create',NULL,'','{"text":"security purposes.","person_id":3,"speaker":"Lina Khan","speaker_title":"FTC chair","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":1322,"anchor_end":1340,"anchor_exact":"security purposes.","anchor_prefix":"a originally claimed to be for “","anchor_suffix":"”\n\n“As the complaint notes, Twit"}','2026-12-02 05:44:13.619251+00:00');
INSERT INTO revisions VALUES(17,'quote',6,1,'create',NULL,'','{"text":"As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,","person_id":3,"speaker":"Lina Khan","speaker_title":"FTC chair","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"she said per NPR.","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":1344,"anchor_end":1518,"anchor_exact":"As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,","anchor_prefix":"o be for “security purposes.”\n\n“","anchor_suffix":"” she said per NPR.\n\nNPR spoke w"}','2026-12-02 05:44:13.623443+00:00');
INSERT INTO revisions VALUES(18,'quote',7,1,'create',NULL,'','{"text":"the platforms tactics were deliberately deceitful","person_id":4,"speaker":"Sam Levine","speaker_title":"leader of FTC’s Bureau of Consumer Protection","kind":"paraphrase","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":1635,"anchor_end":1684,"anchor_exact":"the platforms tactics were deliberately deceitful","anchor_prefix":"onsumer Protection. Levine said ","anchor_suffix":".\n\nHe said that if you tell peop"}','2026-12-02 05:44:13.626039+00:00');
INSERT INTO revisions VALUES(19,'quote',8,1,'create',NULL,'','{"text":"if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them","person_id":4,"speaker":"Sam Levine","speaker_title":"leader of FTC’s Bureau of Consumer Protection","kind":"paraphrase","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":1700,"anchor_end":1836,"anchor_exact":"if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them","anchor_prefix":"rately deceitful.\n\nHe said that ","anchor_suffix":".\n\nA Twitter spokesperson stated"}','2026-12-02 05:44:13.628908+00:00');
INSERT INTO revisions VALUES(20,'quote',9,1,'create',NULL,'','{"text":"Yes!","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement","status":"unverified","topic_ids":[],"topics":[],"anchor_start":1900,"anchor_end":1904,"anchor_exact":"Yes!","anchor_prefix":" that Twitter had a resounding “","anchor_suffix":"” statement that user data “may "}','2026-12-02 05:44:13.631839+00:00');
INSERT INTO revisions VALUES(21,'quote',10,1,'create',NULL,'','{"text":"may have been inadvertently used for advertising","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"user data “may have been inadvertently used for advertising”","status":"unverified","topic_ids":[2],"topics":["advertising"],"anchor_start":1932,"anchor_end":1980,"anchor_exact":"may have been inadvertently used for advertising","anchor_prefix":"Yes!” statement that user data “","anchor_suffix":"” and the platform was now “alig"}','2026-12-02 05:44:13.633682+00:00');
INSERT INTO revisions VALUES(22,'quote',11,1,'create',NULL,'','{"text":"aligned","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"the platform was now “aligned” with the FTC","status":"unverified","topic_ids":[],"topics":[],"anchor_start":2008,"anchor_end":2015,"anchor_exact":"aligned","anchor_prefix":"sing” and the platform was now “","anchor_suffix":"” with the FTC to “ensure that p"}','2026-12-02 05:44:13.635496+00:00');
INSERT INTO revisions VALUES(23,'quote',12,1,'create',NULL,'','{"text":"ensure that people’s personal data remains secure and their privacy protected.","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"to “ensure that people’s personal data remains secure and their privacy protected.”","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2034,"anchor_end":2112,"anchor_exact":"ensure that people’s personal data remains secure and their privacy protected.","anchor_prefix":" now “aligned” with the FTC to “","anchor_suffix":"”\n\n“[W]e have aligned with the a"}','2026-12-02 05:44:13.639833+00:00');
INSERT INTO revisions VALUES(24,'quote',13,1,'create',NULL,'','{"text":"[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Twitter’s chief privacy officer, Damien Kieran, said.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2116,"anchor_end":2279,"anchor_exact":"[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,","anchor_prefix":"and their privacy protected.”\n\n“","anchor_suffix":"” Twitter’s chief privacy office"}','2026-12-02 05:44:13.641501+00:00');
INSERT INTO revisions VALUES(25,'quote',14,1,'create',NULL,'','{"text":"Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Kieran added.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2337,"anchor_end":2598,"anchor_exact":"Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,","anchor_prefix":"officer, Damien Kieran, said.\n\n“","anchor_suffix":"” Kieran added. “We will also co"}','2026-12-02 05:44:13.651867+00:00');
INSERT INTO revisions VALUES(26,'quote',15,1,'create',NULL,'','{"text":"We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Kieran added.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2615,"anchor_end":2902,"anchor_exact":"We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.","anchor_prefix":"ion at Twitter,” Kieran added. “","anchor_suffix":"”\n"}','2026-12-02 05:44:13.663419+00:00');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','quote_fts','quote_fts',0,'CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, article, outlet, tags,
		content = '''', contentless_delete = 1, tokenize = ''unicode61 remove_diacritics 2'')');
CREATE TABLE IF NOT EXISTS 'quote_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO quote_fts_data VALUES(1,X'1f845572823619811e');
INSERT INTO quote_fts_data VALUES(10,X'00000000ff00000102012f00000001100101011f00000f');
INSERT INTO quote_fts_data VALUES(2199023255553,X'00000cd104303135300106010204010601020401081501020401060102040106010204010601020401060102040106010204010601020401060102040106010204010601020401060102040106010204010601020401086163636f756e747302020f06020e03017403020d020264730202180402200309766572746973696e670a0208020567656e63790d020802066c69676e65640b020202020503056c6567656403020808026c790106010207010601020701060102070106010207010601020701060102070106010207010601020701060102070106010207010601020701060102070106010207010601020701060102070302736f02021204021809020402026e6404020804020f04020a01040c0e01080f08060d01080b05101203056f74686572080214030179040211020272650e021e03046f756e640f021102017306020203036b65640202030201740e042107020775646974696e670e021801046265656e0a020403056e6566697402021d02036c6f6702060103040106010304020775696c64696e670e020e010219030673696e6573730206010303010601030303017402021001020e0302140105636976696c03021802096f6d6d697373696f6e020601010401060101040106010104040470616e7903021405056c61696e7406020403086e64756374696e670e0216040c666964656e7469616c69747904020d040573756d6572040213040574696e75650e02060102050302737403021202087573746f6d6572730f0221010664616d69656e0d060101020106010102010601010203027461010601020a010601020a010601020a010601020a010601020a010a081501020a010601020a010601020a010601020a010601020a010601020a01080701020a01081501020a010601020a010601020a0208656365697466756c070207060476696e67080219030a6c696265726174656c790702060308706172746d656e74010601010202026f6a01060101050101650d020302046e646564060216030a68616e63656d656e74730d020e0304737572650c020201021001021c0204766572790e022203066f6c76696e670e0210020678707265737302020a030474656e7404020301076665646572616c0206010102010601010201060101020208696e616e6369616c02021c04026564010601020301060102030106010203010601020301060102030106010203010601020301060102030106010203010601020301060102030106010203010601020301060102030106010203030372737403020702026f720106010206010c05051301020601060102060106010206010601020601081101020601060102060108130102060106010206010807010206010601020601060102060106010206010601020601060102060404776172640e02030203726f6d06020902027463020c010105010302010e0c01010501030201060101050b020a0207756e6374696f6e0e0225010a6861726e657373696e6706020f030276650a020303020401026966080202020b6d706c656d656e74696e670e02120407726f7065726c79010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b010601020b02016e0302170b020a030b616476657274656e746c790a02050307636c7564696e670e020d0309666f726d6174696f6e0202070202140b022603077465677269747904020f0309766573746d656e74730e020902017402021401020203021002021701076a757374696365010601010401076b656570696e670f0224020368616e050a0101030305010a01010303050205696572616e0d080101030301080101030301080101030301056c6576656c0e02230403696e650708010103030108010103030203696e6105080101020501080101020501016d05060101060106010106020861696e7461696e7304020703026b650e02080301790a02020207656173757265730e0214030265740f021f0206696c6c696f6e0106010205010601020501081601020501060102050106010205010601020501060102050106010205010601020501060102050106010205010601020501060102050106010205010601020503057373696f6e0f021703087469676174696e670e021f02056f76696e670e020201056e656564730f022202086f6e7075626c696304021203037465730602050202707205060103020106010302010601030201060103020206756d6265727308020a01086f627461696e6564060207020166010601010301020c01020a01021002020e0904181802016e06020b070209020214030165030210020a7065726174696f6e616c0d020a02017204020e020275720f060c0b0d0107706172746e65720f02070208656e616c7469657303021903046f706c65080205040204010212030672736f6e616c0202060a020601021402086c6174666f726d73070203020672657465787406020d0305697661637904020c08020c01021a02040f2303076f6365737365730e0211040564756374730f021b04046772616d0d020d04047465637408020c080265640c020d01021b08017304020902067572706f736502020b0602150801730102030402030102130105717174613101060104030106010403010601040301060104030106010403010601040301060104030106010403010601040301060104030106010403010601040301060104030106010403010601040304076b646972656374020601040501060104050306010405070601040401060104040106010404050a706172617068726173650706010405010601040508047469616c0106010404030601040401060104050406010404010601040401060104040106010404040270310106010402050132020601040201060104020106010402050133050601040201060104020501340706010402010601040205013509060104020106010402010601040201060104020501360d0601040201060104020106010402040b73756e76657269666965640106010405010601040601060104060106010405010601040601060104060106010406010601040601060104050106010405010601040501060104050106010405010601040501060104050402743101060104060106010407010601040701060104060106010407010601040701060104070106010407040601040601060104060106010406010601040605013202060104080306010408010601040804060104060402763105060104040106010404010601040401060104040501320206010404010601040401027265080207030567756c61720e02170704746f72730f021003056d61696e730c02080102160307706f7274696e670e021a0308737065637466756c0f022d020369736b0e022001017302021b0102060502180402050102130202616d07060101020106010102020565637572650c020901021702022b0603696e6702020d0702747901020203020b01020201021209020d03056c6c696e6701060102080106010208010601020801060102080106010208010601020801060102080106010208010601020801060102080106010208010601020801060102080106010208010601020803037276650202160504696365730f021d0204686172650f02280601640f0216020b706f6b6573706572736f6e0906010103010601010301060101030106010103010174030204020661637469637307020403047267657406021d0702656402021702086563686e6963616c0e021303026c6c08020402036861740c020301021102021e03016502020901040b0a0104020a0206030b100102020602070206090b150402697202020e0604090604020b01021902022f04016d0804120a04016e020211040215020410080401790802060702270302697303020f0b020b02016f02021502020402021c02020b05020f0104071601020602047261646502060101030106010103010601010302067769747465720106010202010a021a010202010805010202010806010202010601020201080601020201060102020106010202010c010102010202010c010102010202010c010102010202010c0101020102020106010202010827010202010601020201027570060217030564617465730d020b0201730f022a030165080211040164020213080206040366756c0f021a04017201060102090106010209010601020901060102090106010209010601020901060102090106010209010601020901060102090106010209010601020901060102090106010209010601020905017302020404040a160303696e67060219020208010976696f6c6174696f6e0302090101770d0202020361736e0302030201650e04041b0102020302726507020502046869636804020504026c650f02230203696c6c0302110b02050102030302746806021f0702060204082302036f726b0e020c04026c640f0213010379657309020202026f75080203045110060a0e0a0e0a4f0d1d0a0607090608070c090a0f0f120c0a1a090a0d110a0d070d17530d090f0f0906090f0f090b0b09180d4f085509081d0c0f0a07105409100c140c0e0f0e0c13190a11110d0d07060c07540a0d0a0a0d08180b0d180c060f06090c0d0f110d0b140c0a09090a060e0c5227162909120d0d1712584017180d070a090d0c0d08120e100813520809090621060b09070d070e1e14070d090a191565070a060609084e0a0b0e06080a0709070e0e080708');
CREATE TABLE IF NOT EXISTS 'quote_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO quote_fts_idx VALUES(16,X'',2);
CREATE TABLE IF NOT EXISTS 'quote_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);
INSERT INTO quote_fts_docsize VALUES(1,X'02040a0005',2);
INSERT INTO quote_fts_docsize VALUES(2,X'1c040a0307',5);
INSERT INTO quote_fts_docsize VALUES(3,X'18040a0306',7);
INSERT INTO quote_fts_docsize VALUES(4,X'13040a0005',9);
INSERT INTO quote_fts_docsize VALUES(5,X'02060a0107',12);
INSERT INTO quote_fts_docsize VALUES(6,X'1f060a0107',15);
INSERT INTO quote_fts_docsize VALUES(7,X'06030a0106',17);
INSERT INTO quote_fts_docsize VALUES(8,X'19030a0106',19);
INSERT INTO quote_fts_docsize VALUES(9,X'01020a0004',20);
INSERT INTO quote_fts_docsize VALUES(10,X'07020a0005',22);
INSERT INTO quote_fts_docsize VALUES(11,X'01020a0004',23);
INSERT INTO quote_fts_docsize VALUES(12,X'0c020a0005',25);
INSERT INTO quote_fts_docsize VALUES(13,X'1a030a0005',27);
INSERT INTO quote_fts_docsize VALUES(14,X'26030a0005',29);
INSERT INTO quote_fts_docsize VALUES(15,X'2f030a0005',31);
CREATE TABLE IF NOT EXISTS 'quote_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO quote_fts_config VALUES('version',4);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('outlets',2);
INSERT INTO sqlite_sequence VALUES('revisions',26);
INSERT INTO sqlite_sequence VALUES('people',6);
INSERT INTO sqlite_sequence VALUES('articles',1);
INSERT INTO sqlite_sequence VALUES('quotes',15);
INSERT INTO sqlite_sequence VALUES('topics',2);
CREATE UNIQUE INDEX outlets_name_key ON outlets (lower(name));
CREATE INDEX people_sort_name ON people (sort_name, id);
CREATE INDEX people_quote_count ON people (quote_count DESC, id);
CREATE UNIQUE INDEX people_name_key ON people (lower(name));
CREATE INDEX person_aliases_alias ON person_aliases (lower(alias));
CREATE UNIQUE INDEX articles_url_key ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet_id, published_on DESC, id DESC);
CREATE INDEX articles_recent ON articles (created_at DESC, id DESC);
CREATE UNIQUE INDEX topics_name_key ON topics (lower(name));
CREATE INDEX quotes_person ON quotes (person_id, sort_date DESC, id DESC);
CREATE INDEX quotes_article ON quotes (article_id, anchor_start, id);
CREATE INDEX quotes_outlet ON quotes (outlet_id, sort_date DESC, id DESC);
CREATE INDEX quotes_via ON quotes (via_outlet_id, sort_date DESC, id DESC);
CREATE INDEX quotes_recent ON quotes (created_at DESC, id DESC);
CREATE INDEX quote_topics_topic ON quote_topics (topic_id, quote_id);
CREATE UNIQUE INDEX quotes_fingerprint ON quotes (fingerprint);
CREATE INDEX articles_title ON articles (title);
CREATE VIEW quote_search_rows AS
	SELECT q.id AS id, q.text AS text,
		p.name || COALESCE(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') AS speaker,
		a.title AS article,
		trim(COALESCE(o.name, '') || ' ' || COALESCE(v.name, '')) AS outlet,
		'qqtp' || q.person_id || ' qqta' || q.article_id || COALESCE(' qqto' || q.outlet_id, '') || COALESCE(' qqtv' || q.via_outlet_id, '')
			|| ' qqtk' || q.kind || ' qqts' || q.status
			|| CASE WHEN q.sort_date <> '' THEN ' qqty' || substr(q.sort_date, 1, 4) || ' qqtm' || substr(q.sort_date, 1, 4) || substr(q.sort_date, 6, 2) ELSE '' END
			|| COALESCE(' ' || (SELECT group_concat('qqtt' || topic_id, ' ') FROM quote_topics WHERE quote_id = q.id), '') AS tags,
		q.person_id AS person_id, q.article_id AS article_id, q.outlet_id AS outlet_id, q.via_outlet_id AS via_outlet_id
	FROM quotes q
	JOIN people p ON p.id = q.person_id
	JOIN articles a ON a.id = q.article_id
	LEFT JOIN outlets o ON o.id = q.outlet_id
	LEFT JOIN outlets v ON v.id = q.via_outlet_id;
CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.id; INSERT OR IGNORE INTO quote_search_years (year) SELECT substr(NEW.sort_date, 1, 4) WHERE NEW.sort_date <> ''; END;
CREATE TRIGGER quotes_search_update AFTER UPDATE OF text, person_id, article_id, outlet_id, via_outlet_id, kind, status, sort_date ON quotes BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.id; INSERT OR IGNORE INTO quote_search_years (year) SELECT substr(NEW.sort_date, 1, 4) WHERE NEW.sort_date <> ''; END;
CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
		DELETE FROM quote_fts WHERE rowid = OLD.id; END;
CREATE TRIGGER people_search_update AFTER UPDATE OF name ON people WHEN OLD.name IS NOT NEW.name BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = NEW.id; END;
CREATE TRIGGER aliases_search_insert AFTER INSERT ON person_aliases BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = NEW.person_id; END;
CREATE TRIGGER aliases_search_delete AFTER DELETE ON person_aliases BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = OLD.person_id; END;
CREATE TRIGGER articles_search_update AFTER UPDATE OF title ON articles WHEN OLD.title IS NOT NEW.title BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE article_id = NEW.id; END;
CREATE TRIGGER outlets_search_update AFTER UPDATE OF name ON outlets WHEN OLD.name IS NOT NEW.name BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE outlet_id = NEW.id OR via_outlet_id = NEW.id; END;
CREATE TRIGGER quote_topics_search_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.quote_id; END;
CREATE TRIGGER quote_topics_search_delete AFTER DELETE ON quote_topics BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = OLD.quote_id; END;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_address ON login_failures (address, failed_at);
CREATE TRIGGER quotes_facets_delete AFTER DELETE ON quotes BEGIN
		UPDATE person_year_counts SET n = n - 1 WHERE person_id = OLD.person_id AND year = substr(OLD.sort_date, 1, 4) AND OLD.sort_date <> ''; DELETE FROM person_year_counts WHERE person_id = OLD.person_id AND n <= 0; UPDATE person_outlet_counts SET n = n - 1 WHERE person_id = OLD.person_id AND outlet_id = OLD.outlet_id; DELETE FROM person_outlet_counts WHERE person_id = OLD.person_id AND n <= 0; END;
CREATE TRIGGER quotes_facets_delete_topics BEFORE DELETE ON quotes BEGIN
		DELETE FROM quote_topics WHERE quote_id = OLD.id; END;
CREATE TRIGGER quotes_facets_update AFTER UPDATE OF person_id, outlet_id, sort_date ON quotes
	WHEN OLD.person_id IS NOT NEW.person_id OR OLD.outlet_id IS NOT NEW.outlet_id OR substr(OLD.sort_date, 1, 4) IS NOT substr(NEW.sort_date, 1, 4) BEGIN
		UPDATE person_year_counts SET n = n - 1 WHERE person_id = OLD.person_id AND year = substr(OLD.sort_date, 1, 4) AND OLD.sort_date <> ''; DELETE FROM person_year_counts WHERE person_id = OLD.person_id AND n <= 0; UPDATE person_outlet_counts SET n = n - 1 WHERE person_id = OLD.person_id AND outlet_id = OLD.outlet_id; DELETE FROM person_outlet_counts WHERE person_id = OLD.person_id AND n <= 0; INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER quotes_facets_move_topics AFTER UPDATE OF person_id ON quotes WHEN OLD.person_id IS NOT NEW.person_id BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE person_id = OLD.person_id AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id); DELETE FROM person_topic_counts WHERE person_id = OLD.person_id AND n <= 0; INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT NEW.person_id, topic_id, 1 FROM quote_topics WHERE quote_id = NEW.id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER quote_topics_facets_delete AFTER DELETE ON quote_topics BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE topic_id = OLD.topic_id AND person_id = (SELECT person_id FROM quotes WHERE id = OLD.quote_id); DELETE FROM person_topic_counts WHERE topic_id = OLD.topic_id AND n <= 0; END;
CREATE TRIGGER data_version_quotes_update AFTER UPDATE ON quotes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_quotes_delete AFTER DELETE ON quotes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_quote_topics_update AFTER UPDATE ON quote_topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_quote_topics_delete AFTER DELETE ON quote_topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_people_insert AFTER INSERT ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_people_update AFTER UPDATE ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_people_delete AFTER DELETE ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_person_aliases_insert AFTER INSERT ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_person_aliases_update AFTER UPDATE ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_person_aliases_delete AFTER DELETE ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_articles_insert AFTER INSERT ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_articles_update AFTER UPDATE ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_articles_delete AFTER DELETE ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlets_insert AFTER INSERT ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlets_update AFTER UPDATE ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlets_delete AFTER DELETE ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlet_domains_insert AFTER INSERT ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlet_domains_update AFTER UPDATE ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_outlet_domains_delete AFTER DELETE ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_topics_insert AFTER INSERT ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_topics_update AFTER UPDATE ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_topics_delete AFTER DELETE ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE INDEX revisions_entity ON revisions (entity_type, entity_id, id);
CREATE INDEX revisions_type ON revisions (entity_type, id);
CREATE INDEX revisions_user ON revisions (user_id, id);
CREATE INDEX revisions_deletes ON revisions (action, id);
CREATE TRIGGER quotes_facets_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT person_id, NEW.topic_id, 1 FROM quotes WHERE id = NEW.quote_id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
CREATE TRIGGER data_version_quotes_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER data_version_quote_topics_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
PRAGMA writable_schema=OFF;
COMMIT;
