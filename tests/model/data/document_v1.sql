-- A schema version 1 .vormkeuze document (sqlite3 .dump), for migration tests.
-- Never edit: every later schema version must open this file.
PRAGMA application_id = 1447778884;
PRAGMA journal_mode = WAL;
BEGIN TRANSACTION;
CREATE TABLE case_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT,
    language TEXT
);
INSERT INTO "case_info" VALUES(1,'Versie 1','A small worked example of the format; example-output.json holds what the command line must print for it.','nl');
CREATE TABLE criteria (
    id TEXT PRIMARY KEY,
    parent TEXT REFERENCES criteria(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    is_group INTEGER NOT NULL,
    scale_kind TEXT,
    scale_unit TEXT,
    scale_worst,
    scale_best,
    scale_points TEXT,
    scale_has_levels INTEGER NOT NULL
);
INSERT INTO "criteria" VALUES('sturing',NULL,0,'Sturing',NULL,1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO "criteria" VALUES('ontvlechting','sturing',0,'Ontvlechtbaarheid',NULL,0,'qualitative',NULL,NULL,NULL,NULL,1);
INSERT INTO "criteria" VALUES('transparantie','sturing',1,'Transparantie',NULL,0,'direct',NULL,NULL,NULL,NULL,0);
INSERT INTO "criteria" VALUES('geld',NULL,1,'Financien',NULL,1,NULL,NULL,NULL,NULL,NULL,0);
INSERT INTO "criteria" VALUES('transitie','geld',0,'Transitiekosten',NULL,0,'numeric','kEUR',1000,0,NULL,0);
INSERT INTO "criteria" VALUES('btw','geld',1,'Fiscale zekerheid',NULL,0,'numeric','%',NULL,NULL,'[[0, 0], [60, 40], [100, 100]]',0);
CREATE TABLE elicitations (
    profile TEXT NOT NULL REFERENCES profiles(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    node TEXT NOT NULL,
    method TEXT NOT NULL,
    "order" TEXT NOT NULL,
    matrix TEXT,
    PRIMARY KEY (profile, position)
);
INSERT INTO "elicitations" VALUES('raad',0,'geld','rank','["btw", "transitie"]',NULL);
INSERT INTO "elicitations" VALUES('college',0,'root','ahp','["sturing", "geld"]','[[1, 0.5], [2, 1]]');
CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    command TEXT NOT NULL,
    inverse TEXT NOT NULL
);
INSERT INTO "history" VALUES(1,'2026-11-28T11:11:05.849+00:00','fixture','SetCaseInfo','Versie 1','{"kind": "SetCaseInfo", "title": "Versie 1", "description": "A small worked example of the format; example-output.json holds what the command line must print for it."}','{"kind": "SetCaseInfo", "title": "Versie 0", "description": "A small worked example of the format; example-output.json holds what the command line must print for it."}');
CREATE TABLE levels (
    criterion TEXT NOT NULL REFERENCES criteria(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    value NOT NULL,
    PRIMARY KEY (criterion, position)
);
INSERT INTO "levels" VALUES('ontvlechting',0,'--',0);
INSERT INTO "levels" VALUES('ontvlechting',1,'-',25);
INSERT INTO "levels" VALUES('ontvlechting',2,'0',50);
INSERT INTO "levels" VALUES('ontvlechting',3,'+',75);
INSERT INTO "levels" VALUES('ontvlechting',4,'++',100);
CREATE TABLE lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    author TEXT NOT NULL,
    time TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO "meta" VALUES('application','vormkeuze');
INSERT INTO "meta" VALUES('schema_version','1');
INSERT INTO "meta" VALUES('app_version','0.1.0');
INSERT INTO "meta" VALUES('created','2026-11-28T11:11:05.842+00:00');
INSERT INTO "meta" VALUES('created_by','fixture');
INSERT INTO "meta" VALUES('case_format','vormkeuze/case');
INSERT INTO "meta" VALUES('case_version','1');
CREATE TABLE options (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    legal_basis TEXT,
    color TEXT
);
INSERT INTO "options" VALUES('overeenkomst',0,'Privaatrechtelijke overeenkomst',NULL,'Burgerlijk recht',NULL);
INSERT INTO "options" VALUES('centrum',1,'Centrumregeling',NULL,'art. 8 lid 4 Wgr',NULL);
INSERT INTO "options" VALUES('bvo',2,'Bedrijfsvoeringsorganisatie',NULL,'art. 8 lid 3 Wgr',NULL);
CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    has_weights INTEGER NOT NULL,
    has_elicitation INTEGER NOT NULL
);
INSERT INTO "profiles" VALUES('raad',0,'Raad',NULL,1,1);
INSERT INTO "profiles" VALUES('college',1,'College',NULL,0,1);
CREATE TABLE scores (
    option TEXT NOT NULL REFERENCES options(id) DEFERRABLE INITIALLY DEFERRED,
    criterion TEXT NOT NULL REFERENCES criteria(id) DEFERRABLE INITIALLY DEFERRED,
    position INTEGER NOT NULL,
    value NOT NULL,
    low,
    high,
    rationale TEXT,
    source TEXT,
    PRIMARY KEY (option, criterion)
);
INSERT INTO "scores" VALUES('overeenkomst','ontvlechting',0,'++',NULL,NULL,'Opzeggen volstaat.','Raadsvoorstel 2019');
INSERT INTO "scores" VALUES('centrum','ontvlechting',1,'0','-','+',NULL,NULL);
INSERT INTO "scores" VALUES('bvo','ontvlechting',2,'-',NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('overeenkomst','transparantie',3,30,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('centrum','transparantie',4,60,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('bvo','transparantie',5,85,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('overeenkomst','transitie',6,0,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('centrum','transitie',7,150,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('bvo','transitie',8,700,500,900,NULL,NULL);
INSERT INTO "scores" VALUES('overeenkomst','btw',9,30,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('centrum','btw',10,75,NULL,NULL,NULL,NULL);
INSERT INTO "scores" VALUES('bvo','btw',11,90,NULL,NULL,NULL,NULL);
CREATE TABLE snapshots (
    name TEXT PRIMARY KEY,
    time TEXT NOT NULL,
    author TEXT NOT NULL,
    case_json TEXT NOT NULL
);
INSERT INTO "snapshots" VALUES('begin','2026-11-28T11:11:05.848+00:00','fixture','{"format": "vormkeuze/case", "version": 1, "title": "Versie 0", "description": "A small worked example of the format; example-output.json holds what the command line must print for it.", "language": "nl", "options": [{"id": "overeenkomst", "name": "Privaatrechtelijke overeenkomst", "legal_basis": "Burgerlijk recht"}, {"id": "centrum", "name": "Centrumregeling", "legal_basis": "art. 8 lid 4 Wgr"}, {"id": "bvo", "name": "Bedrijfsvoeringsorganisatie", "legal_basis": "art. 8 lid 3 Wgr"}], "criteria": [{"id": "sturing", "name": "Sturing", "children": [{"id": "ontvlechting", "name": "Ontvlechtbaarheid", "scale": {"kind": "qualitative", "levels": [{"label": "--", "value": 0}, {"label": "-", "value": 25}, {"label": "0", "value": 50}, {"label": "+", "value": 75}, {"label": "++", "value": 100}]}}, {"id": "transparantie", "name": "Transparantie", "scale": {"kind": "direct"}}]}, {"id": "geld", "name": "Financien", "children": [{"id": "transitie", "name": "Transitiekosten", "scale": {"kind": "numeric", "unit": "kEUR", "worst": 1000, "best": 0}}, {"id": "btw", "name": "Fiscale zekerheid", "scale": {"kind": "numeric", "unit": "%", "points": [[0, 0], [60, 40], [100, 100]]}}]}], "scores": [{"option": "overeenkomst", "criterion": "ontvlechting", "value": "++", "rationale": "Opzeggen volstaat.", "source": "Raadsvoorstel 2019"}, {"option": "centrum", "criterion": "ontvlechting", "value": "0", "low": "-", "high": "+"}, {"option": "bvo", "criterion": "ontvlechting", "value": "-"}, {"option": "overeenkomst", "criterion": "transparantie", "value": 30}, {"option": "centrum", "criterion": "transparantie", "value": 60}, {"option": "bvo", "criterion": "transparantie", "value": 85}, {"option": "overeenkomst", "criterion": "transitie", "value": 0}, {"option": "centrum", "criterion": "transitie", "value": 150}, {"option": "bvo", "criterion": "transitie", "value": 700, "low": 500, "high": 900}, {"option": "overeenkomst", "criterion": "btw", "value": 30}, {"option": "centrum", "criterion": "btw", "value": 75}, {"option": "bvo", "criterion": "btw", "value": 90}], "profiles": [{"id": "raad", "name": "Raad", "weights": {"sturing": 60, "geld": 40, "ontvlechting": 2, "transparantie": 1}, "elicitation": [{"node": "geld", "method": "rank", "order": ["btw", "transitie"]}]}, {"id": "college", "name": "College", "elicitation": [{"node": "root", "method": "ahp", "order": ["sturing", "geld"], "matrix": [[1, 0.5], [2, 1]]}]}]}');
CREATE TABLE weights (
    profile TEXT NOT NULL REFERENCES profiles(id) DEFERRABLE INITIALLY DEFERRED,
    node TEXT NOT NULL,
    position INTEGER NOT NULL,
    value NOT NULL,
    PRIMARY KEY (profile, node)
);
INSERT INTO "weights" VALUES('raad','sturing',0,60);
INSERT INTO "weights" VALUES('raad','geld',1,40);
INSERT INTO "weights" VALUES('raad','ontvlechting',2,2);
INSERT INTO "weights" VALUES('raad','transparantie',3,1);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('history',1);
COMMIT;
