-- Directory, slice 1 (foundation): taxonomies, organisations (actors) with contact persons and served municipalities,
-- locations. Later slices add their own migrations (V2 offers, V3 search, V4 cooperations, V5 freshness, V6 import;
-- see docs/directory.md) and never alter these tables unless a slice says so.
create extension if not exists pg_trgm with schema public;
create schema if not exists directory;

-- Statewide taxonomies (HSDS taxonomy / taxonomy_term). Codes are immutable and hierarchical (a dot separates parent
-- and child); labels and descriptions may be edited. Every term has a label in all seven UI languages.
create table directory.taxonomies (
    id            uuid         primary key,
    code          varchar(60)  not null unique,
    name          varchar(200) not null,
    description   text         not null,
    uri           varchar(500),
    version_label varchar(40),
    version       bigint       not null default 0
);
comment on table directory.taxonomies is 'Statewide classification schemes (HSDS taxonomy): offer categories, target groups, features, actor types.';

create table directory.taxonomy_terms (
    id           uuid        primary key,
    taxonomy_id  uuid        not null references directory.taxonomies (id),
    code         varchar(80) not null,
    parent_id    uuid        references directory.taxonomy_terms (id),
    position     integer     not null default 0,
    labels       jsonb       not null,
    descriptions jsonb       not null default '{}'::jsonb,
    active       boolean     not null default true,
    version      bigint      not null default 0,
    constraint taxonomy_terms_code_uq unique (taxonomy_id, code),
    constraint taxonomy_terms_labels_complete check (
        coalesce(labels->>'de', '') <> ''
        and coalesce(labels->>'en', '') <> ''
        and coalesce(labels->>'uk', '') <> ''
        and coalesce(labels->>'ru', '') <> ''
        and coalesce(labels->>'ar', '') <> ''
        and coalesce(labels->>'fa', '') <> ''
        and coalesce(labels->>'tr', '') <> '')
);
create index taxonomy_terms_parent_idx on directory.taxonomy_terms (parent_id);
comment on table directory.taxonomy_terms is 'Terms of a taxonomy (HSDS taxonomy_term) with labels in de, en, uk, ru, ar, fa, tr.';

-- Organisations (actors, Träger) of a district.
create table directory.organisations (
    id                uuid             primary key,
    district_key      varchar(5)       not null,
    name              varchar(300)     not null,
    name_key          varchar(300)     not null,
    type              varchar(40)      not null,
    description       text,
    email             varchar(320),
    website           varchar(500),
    phone             varchar(50),
    street            varchar(200),
    address_line2     varchar(200),
    postal_code       varchar(10),
    city              varchar(100),
    address_key       varchar(300)     not null default '',
    latitude          double precision,
    longitude         double precision,
    coordinate_source varchar(20),
    municipality_key  varchar(8),
    maintainer_email  varchar(320),
    status            varchar(20)      not null,
    demo              boolean          not null default false,
    hsds_extra        jsonb            not null default '{}'::jsonb,
    created_at        timestamptz      not null,
    updated_at        timestamptz      not null,
    version           bigint           not null default 0,
    constraint organisations_district_format check (district_key ~ '^[0-9]{5}$'),
    constraint organisations_seat_in_district check (municipality_key is null or substr(municipality_key, 1, 5) = district_key),
    constraint organisations_status check (status in ('ACTIVE', 'INACTIVE')),
    constraint organisations_coordinates check ((latitude is null) = (longitude is null)
        and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180)))
);
create index organisations_district_idx on directory.organisations (district_key, status);
create index organisations_duplicate_idx on directory.organisations (district_key, name_key, address_key);
create index organisations_name_trgm on directory.organisations using gin (name_key public.gin_trgm_ops);
comment on table directory.organisations is 'Local actors (Träger, authorities, initiatives) of a district. Owned by the district.';
comment on column directory.organisations.name_key is 'The name folded for search and duplicate checks (lower case, umlauts spelt out, no punctuation).';
comment on column directory.organisations.address_key is 'Street and postal code folded for the duplicate check.';
comment on column directory.organisations.hsds_extra is 'HSDS fields without a column of their own, kept for a lossless round trip (slice 10).';

create table directory.organisation_municipalities (
    organisation_id  uuid       not null references directory.organisations (id) on delete cascade,
    municipality_key varchar(8) not null,
    primary key (organisation_id, municipality_key)
);
create index organisation_municipalities_key_idx on directory.organisation_municipalities (municipality_key);
comment on table directory.organisation_municipalities is 'Municipalities (AGS) of its own district that an organisation serves.';

-- Translations of an organisation's description (German is the source in organisations.description). Mapped by
-- the translation storage of slice 2; "missing" means there is no row.
create table directory.organisation_translations (
    organisation_id uuid         not null references directory.organisations (id) on delete cascade,
    field           varchar(30)  not null,
    language        varchar(2)   not null,
    text            text         not null,
    status          varchar(10)  not null,
    source_hash     varchar(64)  not null,
    machine         boolean      not null default false,
    translated_at   timestamptz  not null,
    translated_by   varchar(200),
    primary key (organisation_id, field, language),
    constraint organisation_translations_not_de check (language <> 'de'),
    constraint organisation_translations_status check (status in ('CURRENT', 'OUTDATED'))
);

create table directory.contact_persons (
    id                  uuid         primary key,
    organisation_id     uuid         not null references directory.organisations (id) on delete cascade,
    name                varchar(200) not null,
    function_title      varchar(200),
    department          varchar(200),
    phone               varchar(50),
    email               varchar(320),
    publish_consent     boolean      not null default false,
    consent_recorded_at timestamptz,
    version             bigint       not null default 0,
    constraint contact_persons_consent check (publish_consent = (consent_recorded_at is not null))
);
create index contact_persons_organisation_idx on directory.contact_persons (organisation_id);
comment on table directory.contact_persons is
    'Personal data: contact persons of an organisation. Shown to the public only with their recorded consent to publish.';

-- Places where an organisation works (HSDS location). A separate aggregate: offers (slice 2) refer to locations, so
-- an organisation with locations cannot be deleted until they are removed.
create table directory.locations (
    id                uuid             primary key,
    organisation_id   uuid             not null references directory.organisations (id),
    district_key      varchar(5)       not null,
    location_type     varchar(20)      not null,
    name              varchar(300)     not null,
    description       text,
    street            varchar(200),
    address_line2     varchar(200),
    postal_code       varchar(10),
    city              varchar(100),
    municipality_key  varchar(8),
    latitude          double precision,
    longitude         double precision,
    coordinate_source varchar(20),
    url               varchar(500),
    transportation    text,
    accessibility     text,
    barrier_free      boolean          not null default false,
    demo              boolean          not null default false,
    hsds_extra        jsonb            not null default '{}'::jsonb,
    created_at        timestamptz      not null,
    updated_at        timestamptz      not null,
    version           bigint           not null default 0,
    constraint locations_type check (location_type in ('PHYSICAL', 'VIRTUAL', 'POSTAL')),
    constraint locations_coordinate_source check (coordinate_source is null or coordinate_source in ('POSTAL_CODE', 'MAP', 'IMPORT')),
    constraint locations_coordinates check ((latitude is null) = (longitude is null)
        and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180)))
);
create index locations_organisation_idx on directory.locations (organisation_id);
create index locations_district_idx on directory.locations (district_key);
comment on table directory.locations is 'Places of an organisation (address, coordinates, accessibility). Owned by the district.';

-- Translations of a location's transportation and accessibility texts (slice 2 maps them).
create table directory.location_translations (
    location_id   uuid         not null references directory.locations (id) on delete cascade,
    field         varchar(30)  not null,
    language      varchar(2)   not null,
    text          text         not null,
    status        varchar(10)  not null,
    source_hash   varchar(64)  not null,
    machine       boolean      not null default false,
    translated_at timestamptz  not null,
    translated_by varchar(200),
    primary key (location_id, field, language),
    constraint location_translations_not_de check (language <> 'de'),
    constraint location_translations_status check (status in ('CURRENT', 'OUTDATED'))
);

-- Seed: the statewide taxonomies. Ids are name-based (UUID v3 of 'integrationsnetz:taxonomy:<code>' and
-- 'integrationsnetz:taxonomy-term:<taxonomy>:<code>'), so they are the same in every installation and in HSDS exports.
insert into directory.taxonomies (id, code, name, description, version_label) values ('580bd5bd-3145-3f31-9994-c238057504df', 'integrationsnetz-angebote', 'Angebotskategorien', 'Kategorien der Beratungs- und Unterstützungsangebote im Integrationsnetz Sachsen.', '2026-1');
insert into directory.taxonomy_terms (id, taxonomy_id, code, parent_id, position, labels) values
    ('093830bb-87ad-3af7-82bb-0b64dab8ea2e', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb', null, 1, '{"de": "Spracherwerb", "en": "Language learning", "uk": "Вивчення мови", "ru": "Изучение языка", "ar": "تعلّم اللغة", "fa": "یادگیری زبان", "tr": "Dil öğrenimi"}'),
    ('639aef26-730c-3ccc-8162-bb02e6744272', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb.integrationskurs', '093830bb-87ad-3af7-82bb-0b64dab8ea2e', 1, '{"de": "Integrationskurs", "en": "Integration course", "uk": "Інтеграційний курс", "ru": "Интеграционный курс", "ar": "دورة الاندماج", "fa": "دوره ادغام", "tr": "Uyum kursu"}'),
    ('5844a66a-61d1-3bbd-8a0f-4e169fd6e1ab', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb.berufssprachkurs', '093830bb-87ad-3af7-82bb-0b64dab8ea2e', 2, '{"de": "Berufssprachkurs", "en": "Job-related language course", "uk": "Професійний мовний курс", "ru": "Профессиональный языковой курс", "ar": "دورة اللغة المهنية", "fa": "دوره زبان شغلی", "tr": "Mesleki dil kursu"}'),
    ('0d83b8a5-eff4-35d6-912b-af8c6e493cc7', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb.sprachcafe', '093830bb-87ad-3af7-82bb-0b64dab8ea2e', 3, '{"de": "Sprachcafé", "en": "Language café", "uk": "Мовне кафе", "ru": "Языковое кафе", "ar": "مقهى اللغة", "fa": "کافه زبان", "tr": "Dil kafesi"}'),
    ('a1ad458b-bc5c-39f6-ad95-d970a6495c57', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb.alphabetisierung', '093830bb-87ad-3af7-82bb-0b64dab8ea2e', 4, '{"de": "Alphabetisierung", "en": "Literacy", "uk": "Навчання грамоти", "ru": "Обучение грамоте", "ar": "محو الأمية", "fa": "سوادآموزی", "tr": "Okuma yazma eğitimi"}'),
    ('24434093-b799-367b-b572-05d184574d73', '580bd5bd-3145-3f31-9994-c238057504df', 'spracherwerb.kinder', '093830bb-87ad-3af7-82bb-0b64dab8ea2e', 5, '{"de": "Deutsch für Kinder", "en": "German for children", "uk": "Німецька для дітей", "ru": "Немецкий для детей", "ar": "اللغة الألمانية للأطفال", "fa": "آلمانی برای کودکان", "tr": "Çocuklar için Almanca"}'),
    ('7c11aa50-77fa-339c-92e0-5fed23c0883d', '580bd5bd-3145-3f31-9994-c238057504df', 'orientierung', null, 2, '{"de": "Orientierung", "en": "Orientation", "uk": "Орієнтація", "ru": "Ориентация", "ar": "التوجيه", "fa": "آشنایی و راهیابی", "tr": "Oryantasyon"}'),
    ('06a76a92-2971-318a-9e42-4e4e583d9033', '580bd5bd-3145-3f31-9994-c238057504df', 'orientierung.erstorientierung', '7c11aa50-77fa-339c-92e0-5fed23c0883d', 1, '{"de": "Erstorientierung", "en": "Initial orientation", "uk": "Початкова орієнтація", "ru": "Первичная ориентация", "ar": "التوجيه الأولي", "fa": "آشنایی اولیه", "tr": "İlk oryantasyon"}'),
    ('cb7f5bc3-a68a-3481-84c4-199970bb196e', '580bd5bd-3145-3f31-9994-c238057504df', 'orientierung.lotsen', '7c11aa50-77fa-339c-92e0-5fed23c0883d', 2, '{"de": "Lotsen und Begleitung", "en": "Guides and accompaniment", "uk": "Супровід і наставники", "ru": "Сопровождение и наставники", "ar": "المرافقة والإرشاد", "fa": "همراهی و راهنمایی", "tr": "Rehberlik ve refakat"}'),
    ('c4fd674f-af4e-3271-bd03-7ed7195c04b2', '580bd5bd-3145-3f31-9994-c238057504df', 'sprachmittlung', null, 3, '{"de": "Sprach- und Kulturvermittlung", "en": "Language and cultural mediation", "uk": "Мовне та культурне посередництво", "ru": "Языковое и культурное посредничество", "ar": "الوساطة اللغوية والثقافية", "fa": "میانجی‌گری زبانی و فرهنگی", "tr": "Dil ve kültür aracılığı"}'),
    ('18349186-595d-3894-babf-cf030bc0d3d4', '580bd5bd-3145-3f31-9994-c238057504df', 'sprachmittlung.dolmetschen', 'c4fd674f-af4e-3271-bd03-7ed7195c04b2', 1, '{"de": "Dolmetschen", "en": "Interpreting", "uk": "Усний переклад", "ru": "Устный перевод", "ar": "الترجمة الشفهية", "fa": "ترجمه شفاهی", "tr": "Sözlü tercüme"}'),
    ('11162307-b448-395f-a0db-83a1b02e9484', '580bd5bd-3145-3f31-9994-c238057504df', 'sprachmittlung.interkulturell', 'c4fd674f-af4e-3271-bd03-7ed7195c04b2', 2, '{"de": "Interkulturelle Vermittlung", "en": "Intercultural mediation", "uk": "Міжкультурне посередництво", "ru": "Межкультурное посредничество", "ar": "الوساطة بين الثقافات", "fa": "میانجی‌گری بین‌فرهنگی", "tr": "Kültürlerarası arabuluculuk"}'),
    ('d215899f-d43b-3323-8fe8-40ad3f0967f4', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung', null, 4, '{"de": "Beratung", "en": "Counselling", "uk": "Консультування", "ru": "Консультирование", "ar": "الاستشارة", "fa": "مشاوره", "tr": "Danışmanlık"}'),
    ('9889d80c-03b2-3e89-804a-155d6b8a78fa', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.mbe', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 1, '{"de": "Migrationsberatung für Erwachsene (MBE)", "en": "Migration counselling for adults (MBE)", "uk": "Міграційне консультування для дорослих (MBE)", "ru": "Миграционная консультация для взрослых (MBE)", "ar": "استشارة الهجرة للبالغين (MBE)", "fa": "مشاوره مهاجرت برای بزرگسالان (MBE)", "tr": "Yetişkinler için göç danışmanlığı (MBE)"}'),
    ('c74ee6dd-5b9f-308a-9c46-c1da4453b387', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.jmd', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 2, '{"de": "Jugendmigrationsdienst (JMD)", "en": "Youth migration service (JMD)", "uk": "Молодіжна міграційна служба (JMD)", "ru": "Молодёжная миграционная служба (JMD)", "ar": "خدمة هجرة الشباب (JMD)", "fa": "خدمات مهاجرت جوانان (JMD)", "tr": "Gençlik göç hizmeti (JMD)"}'),
    ('27ff0e17-5012-3186-a7c4-f43495a01b71', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.asylverfahren', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 3, '{"de": "Asylverfahrensberatung", "en": "Asylum procedure counselling", "uk": "Консультування щодо процедури надання притулку", "ru": "Консультация по процедуре предоставления убежища", "ar": "استشارة إجراءات اللجوء", "fa": "مشاوره روند پناهندگی", "tr": "İltica süreci danışmanlığı"}'),
    ('4f062dec-9a71-350c-82e6-317fe9fa900a', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.fluechtlingssozialarbeit', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 4, '{"de": "Flüchtlingssozialarbeit", "en": "Social work with refugees", "uk": "Соціальна робота з біженцями", "ru": "Социальная работа с беженцами", "ar": "العمل الاجتماعي مع اللاجئين", "fa": "مددکاری اجتماعی برای پناهندگان", "tr": "Mültecilerle sosyal hizmet"}'),
    ('d86de4b7-0c85-3ee7-9e60-cbb50501c8a6', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.sozial', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 5, '{"de": "Sozialberatung", "en": "Social counselling", "uk": "Соціальне консультування", "ru": "Социальная консультация", "ar": "الاستشارة الاجتماعية", "fa": "مشاوره اجتماعی", "tr": "Sosyal danışmanlık"}'),
    ('7ca26367-eb4d-342c-81da-61c2244e2297', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.recht', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 6, '{"de": "Rechtsberatung", "en": "Legal advice", "uk": "Юридична консультація", "ru": "Юридическая консультация", "ar": "الاستشارة القانونية", "fa": "مشاوره حقوقی", "tr": "Hukuki danışmanlık"}'),
    ('f0ceece5-3d3b-3855-a6ef-33f1356b4c31', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.aufenthalt', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 7, '{"de": "Aufenthalt und Einbürgerung", "en": "Residence and naturalisation", "uk": "Перебування та громадянство", "ru": "Пребывание и гражданство", "ar": "الإقامة والتجنس", "fa": "اقامت و تابعیت", "tr": "Oturum ve vatandaşlık"}'),
    ('9c3f0148-ce16-3746-9244-eb02e73cdda8', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.anerkennung', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 8, '{"de": "Anerkennung ausländischer Abschlüsse", "en": "Recognition of foreign qualifications", "uk": "Визнання іноземних дипломів", "ru": "Признание иностранных дипломов", "ar": "الاعتراف بالشهادات الأجنبية", "fa": "ارزشیابی مدارک تحصیلی خارجی", "tr": "Yabancı diplomaların denkliği"}'),
    ('440b8f07-e7ef-3c51-b57f-8ffabd1be0b4', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.schulden', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 9, '{"de": "Schuldnerberatung", "en": "Debt counselling", "uk": "Консультування з питань боргів", "ru": "Консультация по долгам", "ar": "استشارة الديون", "fa": "مشاوره بدهی", "tr": "Borç danışmanlığı"}'),
    ('d044ce90-254a-3681-adf3-3dbc2337b971', '580bd5bd-3145-3f31-9994-c238057504df', 'beratung.psychosozial', 'd215899f-d43b-3323-8fe8-40ad3f0967f4', 10, '{"de": "Psychosoziale Beratung", "en": "Psychosocial counselling", "uk": "Психосоціальне консультування", "ru": "Психосоциальная консультация", "ar": "الاستشارة النفسية الاجتماعية", "fa": "مشاوره روانی-اجتماعی", "tr": "Psikososyal danışmanlık"}'),
    ('bb51e6e2-f6f6-30b8-9d34-a08d9a0f7d0f', '580bd5bd-3145-3f31-9994-c238057504df', 'bildung', null, 5, '{"de": "Bildung", "en": "Education", "uk": "Освіта", "ru": "Образование", "ar": "التعليم", "fa": "آموزش", "tr": "Eğitim"}'),
    ('a040dc37-e201-3674-a3b0-b820b4dc0115', '580bd5bd-3145-3f31-9994-c238057504df', 'bildung.schule', 'bb51e6e2-f6f6-30b8-9d34-a08d9a0f7d0f', 1, '{"de": "Schule", "en": "School", "uk": "Школа", "ru": "Школа", "ar": "المدرسة", "fa": "مدرسه", "tr": "Okul"}'),
    ('b7657cb2-a87d-3783-9b34-340172a22bb3', '580bd5bd-3145-3f31-9994-c238057504df', 'bildung.hausaufgaben', 'bb51e6e2-f6f6-30b8-9d34-a08d9a0f7d0f', 2, '{"de": "Hausaufgabenhilfe", "en": "Homework help", "uk": "Допомога з домашніми завданнями", "ru": "Помощь с домашними заданиями", "ar": "المساعدة في الواجبات المدرسية", "fa": "کمک در تکالیف مدرسه", "tr": "Ödev yardımı"}'),
    ('4e4d7c85-090a-3baa-a587-dd1d9a17f159', '580bd5bd-3145-3f31-9994-c238057504df', 'bildung.erwachsene', 'bb51e6e2-f6f6-30b8-9d34-a08d9a0f7d0f', 3, '{"de": "Erwachsenenbildung", "en": "Adult education", "uk": "Освіта для дорослих", "ru": "Образование для взрослых", "ar": "تعليم الكبار", "fa": "آموزش بزرگسالان", "tr": "Yetişkin eğitimi"}'),
    ('a99de46d-c6ab-3a99-81b6-a3b2bfb4d842', '580bd5bd-3145-3f31-9994-c238057504df', 'arbeit', null, 6, '{"de": "Arbeit und Ausbildung", "en": "Work and vocational training", "uk": "Робота і професійне навчання", "ru": "Работа и профессиональное обучение", "ar": "العمل والتدريب المهني", "fa": "کار و آموزش حرفه‌ای", "tr": "İş ve meslek eğitimi"}'),
    ('078920ba-5bfd-3d3a-b744-2b3856287fc6', '580bd5bd-3145-3f31-9994-c238057504df', 'arbeit.vermittlung', 'a99de46d-c6ab-3a99-81b6-a3b2bfb4d842', 1, '{"de": "Arbeitsvermittlung", "en": "Job placement", "uk": "Працевлаштування", "ru": "Трудоустройство", "ar": "التوسط في التوظيف", "fa": "کاریابی", "tr": "İş bulma"}'),
    ('e3bed3d1-e387-34f9-9ee8-bc2c558ed520', '580bd5bd-3145-3f31-9994-c238057504df', 'arbeit.bewerbung', 'a99de46d-c6ab-3a99-81b6-a3b2bfb4d842', 2, '{"de": "Bewerbungshilfe", "en": "Help with job applications", "uk": "Допомога з резюме та заявками на роботу", "ru": "Помощь с резюме и заявлениями на работу", "ar": "المساعدة في طلبات العمل", "fa": "کمک در درخواست کار", "tr": "İş başvurusu yardımı"}'),
    ('19e7a10d-6304-3cb2-92c3-1f5a664e2cbe', '580bd5bd-3145-3f31-9994-c238057504df', 'arbeit.ausbildung', 'a99de46d-c6ab-3a99-81b6-a3b2bfb4d842', 3, '{"de": "Ausbildung", "en": "Vocational training", "uk": "Професійне навчання", "ru": "Профессиональное обучение", "ar": "التدريب المهني", "fa": "آموزش حرفه‌ای", "tr": "Meslek eğitimi"}'),
    ('24c48ccb-1cd1-3d13-b98f-d9bd6c7a6df6', '580bd5bd-3145-3f31-9994-c238057504df', 'arbeit.mentoring', 'a99de46d-c6ab-3a99-81b6-a3b2bfb4d842', 4, '{"de": "Arbeitsmarktmentoring", "en": "Labour-market mentoring", "uk": "Наставництво на ринку праці", "ru": "Наставничество на рынке труда", "ar": "الإرشاد في سوق العمل", "fa": "منتورینگ بازار کار", "tr": "İşgücü piyasası mentorluğu"}'),
    ('e09faa80-fb1f-3608-9922-8270eb9431da', '580bd5bd-3145-3f31-9994-c238057504df', 'wohnen', null, 7, '{"de": "Wohnen", "en": "Housing", "uk": "Житло", "ru": "Жильё", "ar": "السكن", "fa": "مسکن", "tr": "Konut"}'),
    ('9792019a-c766-3101-900f-8eef7f1a76d4', '580bd5bd-3145-3f31-9994-c238057504df', 'gesundheit', null, 8, '{"de": "Gesundheit", "en": "Health", "uk": "Здоров’я", "ru": "Здоровье", "ar": "الصحة", "fa": "سلامت", "tr": "Sağlık"}'),
    ('c5b5e32c-d416-3710-ab17-5b4c71bd95da', '580bd5bd-3145-3f31-9994-c238057504df', 'familie', null, 9, '{"de": "Kinder und Familie", "en": "Children and family", "uk": "Діти та сім’я", "ru": "Дети и семья", "ar": "الأطفال والأسرة", "fa": "کودکان و خانواده", "tr": "Çocuk ve aile"}'),
    ('923002f6-cc3f-3b45-bace-91bca433c591', '580bd5bd-3145-3f31-9994-c238057504df', 'frauen', null, 10, '{"de": "Frauen", "en": "Women", "uk": "Жінки", "ru": "Женщины", "ar": "النساء", "fa": "زنان", "tr": "Kadınlar"}'),
    ('b4ed2e16-2464-3f6b-90f0-31e0b0fb8ccc', '580bd5bd-3145-3f31-9994-c238057504df', 'jugend', null, 11, '{"de": "Jugend", "en": "Youth", "uk": "Молодь", "ru": "Молодёжь", "ar": "الشباب", "fa": "جوانان", "tr": "Gençlik"}'),
    ('f01bc74a-e9bc-3d3f-8f51-3e33554c26f0', '580bd5bd-3145-3f31-9994-c238057504df', 'sport', null, 12, '{"de": "Sport", "en": "Sport", "uk": "Спорт", "ru": "Спорт", "ar": "الرياضة", "fa": "ورزش", "tr": "Spor"}'),
    ('5972a346-a9b1-3170-a8e3-3604294cebd4', '580bd5bd-3145-3f31-9994-c238057504df', 'soziokultur', null, 13, '{"de": "Soziokultur", "en": "Community and culture", "uk": "Соціокультурне життя", "ru": "Социокультурная жизнь", "ar": "الحياة الاجتماعية والثقافية", "fa": "فعالیت‌های اجتماعی-فرهنگی", "tr": "Sosyokültürel yaşam"}'),
    ('2066ed56-efc4-3163-8313-1c7eb287ac8a', '580bd5bd-3145-3f31-9994-c238057504df', 'soziokultur.begegnung', '5972a346-a9b1-3170-a8e3-3604294cebd4', 1, '{"de": "Begegnung", "en": "Meeting people", "uk": "Зустрічі та знайомства", "ru": "Встречи и знакомства", "ar": "اللقاءات والتعارف", "fa": "دیدار و آشنایی", "tr": "Buluşma ve tanışma"}'),
    ('797a3eba-939b-33fe-ba42-4c140e864aa3', '580bd5bd-3145-3f31-9994-c238057504df', 'soziokultur.kultur', '5972a346-a9b1-3170-a8e3-3604294cebd4', 2, '{"de": "Kultur", "en": "Culture", "uk": "Культура", "ru": "Культура", "ar": "الثقافة", "fa": "فرهنگ", "tr": "Kültür"}'),
    ('34c2e3b5-80bf-390c-ac25-d538e35bdd65', '580bd5bd-3145-3f31-9994-c238057504df', 'ehrenamt', null, 14, '{"de": "Ehrenamt", "en": "Volunteering", "uk": "Волонтерство", "ru": "Волонтёрство", "ar": "العمل التطوعي", "fa": "کار داوطلبانه", "tr": "Gönüllülük"}'),
    ('27dbda65-2ee0-34fe-bc1b-f9b9aeba4abd', '580bd5bd-3145-3f31-9994-c238057504df', 'sonstiges', null, 15, '{"de": "Sonstiges", "en": "Other", "uk": "Інше", "ru": "Другое", "ar": "أخرى", "fa": "سایر", "tr": "Diğer"}');
insert into directory.taxonomies (id, code, name, description, version_label) values ('236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'integrationsnetz-zielgruppen', 'Zielgruppen', 'Für wen ein Angebot gedacht ist.', '2026-1');
insert into directory.taxonomy_terms (id, taxonomy_id, code, parent_id, position, labels) values
    ('d3eb9954-7a89-3b98-b0d0-6d2aa920a121', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'gefluechtete', null, 1, '{"de": "Geflüchtete", "en": "Refugees", "uk": "Біженці", "ru": "Беженцы", "ar": "اللاجئون", "fa": "پناهندگان", "tr": "Mülteciler"}'),
    ('46d26572-38af-36b5-9197-9f04e2cb32cb', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'ukraine', null, 2, '{"de": "Menschen aus der Ukraine", "en": "People from Ukraine", "uk": "Люди з України", "ru": "Люди из Украины", "ar": "القادمون من أوكرانيا", "fa": "افراد اهل اوکراین", "tr": "Ukrayna’dan gelenler"}'),
    ('4f14b574-a3d5-31b8-8b06-c1195af863d1', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'neuzugewanderte', null, 3, '{"de": "Neuzugewanderte", "en": "Newcomers", "uk": "Нові мігранти", "ru": "Недавно прибывшие", "ar": "القادمون الجدد", "fa": "تازه‌واردان", "tr": "Yeni gelenler"}'),
    ('52143c99-451b-38e6-a36e-1c4d6b07d96f', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'eu-buerger', null, 4, '{"de": "EU-Bürgerinnen und -Bürger", "en": "EU citizens", "uk": "Громадяни ЄС", "ru": "Граждане ЕС", "ar": "مواطنو الاتحاد الأوروبي", "fa": "شهروندان اتحادیه اروپا", "tr": "AB vatandaşları"}'),
    ('aa3db5e7-4c28-3203-8973-1a1ff3cdceef', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'frauen', null, 5, '{"de": "Frauen", "en": "Women", "uk": "Жінки", "ru": "Женщины", "ar": "النساء", "fa": "زنان", "tr": "Kadınlar"}'),
    ('ed2f4849-897d-3f39-af45-05da5ca91809', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'familien', null, 6, '{"de": "Familien", "en": "Families", "uk": "Сім’ї", "ru": "Семьи", "ar": "العائلات", "fa": "خانواده‌ها", "tr": "Aileler"}'),
    ('5c5d793e-a8ab-3cf5-83dd-383721b5c27f', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'kinder', null, 7, '{"de": "Kinder", "en": "Children", "uk": "Діти", "ru": "Дети", "ar": "الأطفال", "fa": "کودکان", "tr": "Çocuklar"}'),
    ('0dd10802-c6ff-35a9-904a-3cd4fb6c55d4', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'jugendliche', null, 8, '{"de": "Jugendliche", "en": "Teenagers", "uk": "Підлітки", "ru": "Подростки", "ar": "المراهقون", "fa": "نوجوانان", "tr": "Gençler"}'),
    ('159c5f32-2cf5-3afd-83cd-9a7f581eaca7', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'junge-erwachsene', null, 9, '{"de": "Junge Erwachsene", "en": "Young adults", "uk": "Молоді дорослі", "ru": "Молодые взрослые", "ar": "الشباب البالغون", "fa": "جوانان بزرگسال", "tr": "Genç yetişkinler"}'),
    ('8f175f60-cae1-3c0c-932b-c33d200451ef', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'senioren', null, 10, '{"de": "Seniorinnen und Senioren", "en": "Older people", "uk": "Люди похилого віку", "ru": "Пожилые люди", "ar": "كبار السن", "fa": "سالمندان", "tr": "Yaşlılar"}'),
    ('24d3843b-31bf-39f8-ba62-680f169e2b92', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'behinderung', null, 11, '{"de": "Menschen mit Behinderung", "en": "People with disabilities", "uk": "Люди з інвалідністю", "ru": "Люди с инвалидностью", "ar": "الأشخاص ذوو الإعاقة", "fa": "افراد دارای معلولیت", "tr": "Engelli kişiler"}'),
    ('93d69701-8b1e-3096-aa68-4786091d9292', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'ehrenamtliche', null, 12, '{"de": "Ehrenamtliche", "en": "Volunteers", "uk": "Волонтери", "ru": "Волонтёры", "ar": "المتطوعون", "fa": "داوطلبان", "tr": "Gönüllüler"}'),
    ('1afada05-a7cf-3d43-a07a-b964f7eb10d1', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'fachkraefte', null, 13, '{"de": "Fachkräfte", "en": "Skilled workers", "uk": "Кваліфіковані працівники", "ru": "Квалифицированные специалисты", "ar": "العمال المهرة", "fa": "نیروهای متخصص", "tr": "Nitelikli çalışanlar"}'),
    ('5d10bf39-bdeb-34ab-9265-c7a707300e55', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'arbeitsuchende', null, 14, '{"de": "Arbeitsuchende", "en": "Jobseekers", "uk": "Шукачі роботи", "ru": "Ищущие работу", "ar": "الباحثون عن عمل", "fa": "کارجویان", "tr": "İş arayanlar"}'),
    ('6483d93d-fa95-373c-bbb6-c01badda5737', '236f78e1-6dab-358f-bd4b-9cd55d75c6c7', 'alle', null, 15, '{"de": "Alle", "en": "Everyone", "uk": "Усі", "ru": "Все", "ar": "الجميع", "fa": "همه", "tr": "Herkes"}');
insert into directory.taxonomies (id, code, name, description, version_label) values ('fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'integrationsnetz-merkmale', 'Merkmale', 'Eigenschaften eines Angebots, nach denen gefiltert werden kann.', '2026-1');
insert into directory.taxonomy_terms (id, taxonomy_id, code, parent_id, position, labels) values
    ('438e36c4-6edb-342a-8d61-d6bf60fdf188', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'kostenlos', null, 1, '{"de": "Kostenlos", "en": "Free of charge", "uk": "Безкоштовно", "ru": "Бесплатно", "ar": "مجاني", "fa": "رایگان", "tr": "Ücretsiz"}'),
    ('324b1a58-5a25-3ecc-a0b5-16eff322b352', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'barrierefrei', null, 2, '{"de": "Barrierefrei", "en": "Accessible", "uk": "Безбар’єрний доступ", "ru": "Безбарьерный доступ", "ar": "خالٍ من العوائق", "fa": "بدون مانع برای افراد دارای معلولیت", "tr": "Engelsiz erişim"}'),
    ('5d9734ed-0c3f-3c35-8e79-becff81fb9c8', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'niedrigschwellig', null, 3, '{"de": "Niedrigschwellig", "en": "Low-threshold", "uk": "З низьким порогом доступу", "ru": "С низким порогом доступа", "ar": "سهل الوصول", "fa": "کم‌آستانه و آسان‌دسترس", "tr": "Kolay erişilebilir"}'),
    ('6fa23a3d-0f3a-3c7f-8d36-f657e02c7a09', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'ehrenamtlich', null, 4, '{"de": "Ehrenamtlich getragen", "en": "Run by volunteers", "uk": "Ведуть волонтери", "ru": "Ведётся волонтёрами", "ar": "يديره متطوعون", "fa": "با مدیریت داوطلبان", "tr": "Gönüllüler tarafından yürütülür"}'),
    ('0a2d45c4-3147-3c1b-b960-ce12e32cd65f', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'anmeldung', null, 5, '{"de": "Anmeldung erforderlich", "en": "Registration required", "uk": "Потрібна реєстрація", "ru": "Требуется регистрация", "ar": "التسجيل مطلوب", "fa": "ثبت‌نام لازم است", "tr": "Kayıt gerekli"}'),
    ('92a8df51-7727-39b4-97e3-1f8a3a51658b', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'termin', null, 6, '{"de": "Termin erforderlich", "en": "Appointment required", "uk": "Потрібен попередній запис", "ru": "Требуется предварительная запись", "ar": "يلزم حجز موعد", "fa": "گرفتن نوبت لازم است", "tr": "Randevu gerekli"}'),
    ('4dc8e2d0-b58d-3c21-a643-26c9e4d529e9', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'online', null, 7, '{"de": "Online", "en": "Online", "uk": "Онлайн", "ru": "Онлайн", "ar": "عبر الإنترنت", "fa": "آنلاین", "tr": "Çevrim içi"}'),
    ('ce164b80-26c4-31c9-b33d-e63aa9a80011', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'telefonisch', null, 8, '{"de": "Telefonisch", "en": "By phone", "uk": "Телефоном", "ru": "По телефону", "ar": "عبر الهاتف", "fa": "تلفنی", "tr": "Telefonla"}'),
    ('6060d65b-6494-3377-af61-2af38a826eb8', 'fdc9c098-fb70-3e87-a6d2-34b7d1a55aac', 'kinderbetreuung', null, 9, '{"de": "Mit Kinderbetreuung", "en": "Childcare provided", "uk": "З доглядом за дітьми", "ru": "С присмотром за детьми", "ar": "مع رعاية الأطفال", "fa": "همراه با مراقبت از کودک", "tr": "Çocuk bakımı sağlanır"}');
insert into directory.taxonomies (id, code, name, description, version_label) values ('cb40e59a-2927-31db-8e5d-b62300adcbfd', 'integrationsnetz-akteurstypen', 'Akteurstypen', 'Arten von Organisationen im Netzwerk der Integrationskoordination.', '2026-1');
insert into directory.taxonomy_terms (id, taxonomy_id, code, parent_id, position, labels) values
    ('9599d738-2ce2-32ae-975c-fde11d27e760', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'agentur-fuer-arbeit', null, 1, '{"de": "Agentur für Arbeit", "en": "Employment agency (Agentur für Arbeit)", "uk": "Агентство з питань праці", "ru": "Агентство по труду", "ar": "وكالة العمل", "fa": "اداره کار (Agentur für Arbeit)", "tr": "İş Ajansı (Agentur für Arbeit)"}'),
    ('de550dfa-9cf6-3cc2-93b1-eafeb94d990e', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'jobcenter', null, 2, '{"de": "Jobcenter", "en": "Jobcentre", "uk": "Jobcenter (центр зайнятості)", "ru": "Jobcenter (центр занятости)", "ar": "مركز العمل (Jobcenter)", "fa": "جاب‌سنتر (Jobcenter)", "tr": "Jobcenter (iş merkezi)"}'),
    ('f3d4ccb9-c84c-3a6f-805a-43a35a116350', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'wohlfahrtsverband', null, 3, '{"de": "Wohlfahrtsverband", "en": "Welfare organisation", "uk": "Організація соціального забезпечення", "ru": "Организация социального обеспечения", "ar": "منظمة الرعاية الاجتماعية", "fa": "سازمان رفاه اجتماعی", "tr": "Sosyal yardım kuruluşu"}'),
    ('14e0c1f0-489f-39b2-885e-4f86278e0b2c', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'verein', null, 4, '{"de": "Verein", "en": "Association", "uk": "Громадське об’єднання", "ru": "Общественное объединение", "ar": "جمعية", "fa": "انجمن", "tr": "Dernek"}'),
    ('f5b03d31-5b38-34d4-a9cf-09090545fb05', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'netzwerk', null, 5, '{"de": "Netzwerk", "en": "Network", "uk": "Мережа", "ru": "Сеть", "ar": "شبكة", "fa": "شبکه", "tr": "Ağ"}'),
    ('ff4526d2-916e-3e35-ba1d-27b62f8ea001', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'ehrenamtliche-initiative', null, 6, '{"de": "Ehrenamtliche Initiative", "en": "Volunteer initiative", "uk": "Волонтерська ініціатива", "ru": "Волонтёрская инициатива", "ar": "مبادرة تطوعية", "fa": "ابتکار داوطلبانه", "tr": "Gönüllü girişim"}'),
    ('cf03612c-aaa2-33db-9ff2-626909463420', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'polizei', null, 7, '{"de": "Polizei", "en": "Police", "uk": "Поліція", "ru": "Полиция", "ar": "الشرطة", "fa": "پلیس", "tr": "Polis"}'),
    ('a7c343a3-d161-3d74-92cf-b41190682ddf', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'schule', null, 8, '{"de": "Schule", "en": "School", "uk": "Школа", "ru": "Школа", "ar": "مدرسة", "fa": "مدرسه", "tr": "Okul"}'),
    ('ab4ee2c6-98e2-3f1c-8b6d-548f4591ebca', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'kindertageseinrichtung', null, 9, '{"de": "Kindertageseinrichtung", "en": "Day care centre", "uk": "Дитячий садок", "ru": "Детский сад", "ar": "دار رعاية الأطفال", "fa": "مهدکودک", "tr": "Kreş"}'),
    ('97b1c2bb-d10c-390c-8ff5-855b57e15540', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'religionsgemeinschaft', null, 10, '{"de": "Religionsgemeinschaft", "en": "Religious community", "uk": "Релігійна громада", "ru": "Религиозная община", "ar": "جماعة دينية", "fa": "جامعه دینی", "tr": "Dini topluluk"}'),
    ('0ea0f126-17d1-3d16-9b57-ab819b82c0c1', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'migrationsberatung-mbe', null, 11, '{"de": "Migrationsberatung für Erwachsene (MBE)", "en": "Migration counselling for adults (MBE)", "uk": "Міграційне консультування для дорослих (MBE)", "ru": "Миграционная консультация для взрослых (MBE)", "ar": "استشارة الهجرة للبالغين (MBE)", "fa": "مشاوره مهاجرت برای بزرگسالان (MBE)", "tr": "Yetişkinler için göç danışmanlığı (MBE)"}'),
    ('4437ed79-24f7-3cc9-8bdb-f6f7f22d88bd', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'jugendmigrationsdienst-jmd', null, 12, '{"de": "Jugendmigrationsdienst (JMD)", "en": "Youth migration service (JMD)", "uk": "Молодіжна міграційна служба (JMD)", "ru": "Молодёжная миграционная служба (JMD)", "ar": "خدمة هجرة الشباب (JMD)", "fa": "خدمات مهاجرت جوانان (JMD)", "tr": "Gençlik göç hizmeti (JMD)"}'),
    ('ee7453a1-7d21-327b-a2d7-a7a78e22cf07', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'fluechtlingssozialarbeit', null, 13, '{"de": "Flüchtlingssozialarbeit", "en": "Refugee social work", "uk": "Соціальна робота з біженцями", "ru": "Социальная работа с беженцами", "ar": "العمل الاجتماعي مع اللاجئين", "fa": "مددکاری اجتماعی برای پناهندگان", "tr": "Mülteci sosyal hizmeti"}'),
    ('d8351b9e-468f-3403-80d6-a68d66ebd38b', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'bildungskoordination', null, 14, '{"de": "Bildungskoordination", "en": "Education coordination", "uk": "Координація освіти", "ru": "Координация образования", "ar": "تنسيق التعليم", "fa": "هماهنگی آموزش", "tr": "Eğitim koordinasyonu"}'),
    ('b8df6b40-c249-36d3-86e2-9dcacbbc94a5', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'arbeitsmarktmentoring', null, 15, '{"de": "Arbeitsmarktmentorinnen und -mentoren", "en": "Labour-market mentors", "uk": "Наставники на ринку праці", "ru": "Наставники на рынке труда", "ar": "مرشدو سوق العمل", "fa": "منتورهای بازار کار", "tr": "İşgücü piyasası mentorları"}'),
    ('516a8632-fc29-346a-aa10-114263d483d4', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'ehrenamtskoordination', null, 16, '{"de": "Ehrenamtskoordination", "en": "Volunteer coordination", "uk": "Координація волонтерів", "ru": "Координация волонтёров", "ar": "تنسيق العمل التطوعي", "fa": "هماهنگی داوطلبان", "tr": "Gönüllü koordinasyonu"}'),
    ('d06969a2-2d51-3810-95ca-eb6d21039049', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'behoerde', null, 17, '{"de": "Behörde", "en": "Public authority", "uk": "Орган влади", "ru": "Государственный орган", "ar": "جهة حكومية", "fa": "اداره دولتی", "tr": "Resmî kurum"}'),
    ('e7ee6b89-949b-364e-99bc-a23ba57079f1', 'cb40e59a-2927-31db-8e5d-b62300adcbfd', 'sonstige', null, 18, '{"de": "Sonstige", "en": "Other", "uk": "Інше", "ru": "Другое", "ar": "أخرى", "fa": "سایر", "tr": "Diğer"}');
