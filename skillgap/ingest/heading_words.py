"""The words of section headings as résumés and postings write them: normalised heading
text -> the kind of section it opens (see `sections.normalize_heading`: lower case, "&" ->
"and", punctuation and apostrophes dropped, spaces folded)."""

from __future__ import annotations

import re
import unicodedata

from skillgap.types import SectionKind

K = SectionKind


def _with_plain_letters(headings: dict[str, SectionKind]) -> dict[str, SectionKind]:
    """`headings`, and each again without its accents: capitals often drop them
    ("EDUCACION", "EXPERIENCE PROFESSIONNELLE")."""
    plain = {"".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)): kind
             for text, kind in headings.items()}
    return {**plain, **headings}


# Normalised heading text -> kind. Normalisation: lowercase, "&" -> "and", punctuation
# and apostrophes dropped, spaces folded (see `normalize_heading`).
SHARED_HEADINGS = {  # headings both a résumé and a posting use
    "contact": K.CONTACT, "contact information": K.CONTACT, "contact details": K.CONTACT,
    "personal details": K.CONTACT, "personal information": K.CONTACT,
}
# German, Spanish, French and Japanese résumé headings (Lebenslauf, currículum, CV,
# 履歴書), normalised the same way.
_GERMAN = {
    **dict.fromkeys(["berufserfahrung", "erfahrung", "berufliche erfahrung", "beruflicher werdegang",
                     "berufspraxis", "praktika", "praxiserfahrung", "arbeitserfahrung", "berufliche stationen",
                     "stationen", "berufslaufbahn"], K.EXPERIENCE),
    **dict.fromkeys(["ausbildung", "schulische laufbahn", "schulbildung", "studium", "bildungsweg",
                     "werdegang", "bildung", "akademischer werdegang", "hochschulbildung", "schule",
                     "hochschule", "universität"], K.EDUCATION),
    **dict.fromkeys(["kenntnisse", "kompetenzen", "fähigkeiten", "fachkenntnisse", "it kenntnisse",
                     "edv kenntnisse", "technische kenntnisse", "fähigkeiten und kenntnisse", "fachkompetenzen",
                     "fachliche kompetenzen", "soziale kompetenzen", "persönliche kompetenzen", "schwerpunkte",
                     "software", "werkzeuge"], K.SKILLS),
    **dict.fromkeys(["sprachen", "sprachkenntnisse"], K.LANGUAGES),
    **dict.fromkeys(["zertifikate", "zertifizierungen", "weiterbildungen", "weiterbildung", "fortbildungen",
                     "fortbildung", "zusatzqualifikationen", "lizenzen"], K.CERTIFICATIONS),
    **dict.fromkeys(["auszeichnungen", "preise", "erfolge"], K.AWARDS),
    **dict.fromkeys(["veröffentlichungen", "publikationen", "vorträge"], K.PUBLICATIONS),
    **dict.fromkeys(["projekte", "private projekte"], K.PROJECTS),
    **dict.fromkeys(["hobbys", "interessen", "freizeit"], K.INTERESTS),
    **dict.fromkeys(["über mich", "wer bin ich", "profil", "kurzprofil", "zusammenfassung", "persönliches profil",
                     "berufsprofil"], K.SUMMARY),
    **dict.fromkeys(["kontakt", "persönliche daten", "persönliche angaben"], K.CONTACT),
    **dict.fromkeys(["ehrenamt", "ehrenamtliches engagement", "non profit", "engagement", "soziales engagement",
                     "mitgliedschaften"], K.VOLUNTEER),
    **dict.fromkeys(["referenzen"], K.REFERENCES),
    **dict.fromkeys(["verfügbarkeit"], K.OTHER),
}
_SPANISH = {
    **dict.fromkeys(["experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional",
                     "historial laboral", "prácticas", "prácticas profesionales"], K.EXPERIENCE),
    **dict.fromkeys(["educación", "formación", "formación académica", "estudios", "formación y estudios",
                     "títulos"], K.EDUCATION),
    **dict.fromkeys(["habilidades", "competencias", "aptitudes", "conocimientos", "habilidades técnicas",
                     "competencias técnicas", "conocimientos técnicos", "conocimientos informáticos",
                     "herramientas", "habilidades y competencias"], K.SKILLS),
    **dict.fromkeys(["idiomas", "lenguas"], K.LANGUAGES),
    **dict.fromkeys(["certificaciones", "certificados", "cursos", "cursos y certificaciones",
                     "formación complementaria", "licencias"], K.CERTIFICATIONS),
    **dict.fromkeys(["proyectos", "proyectos personales"], K.PROJECTS),
    **dict.fromkeys(["intereses", "aficiones", "pasatiempos"], K.INTERESTS),
    **dict.fromkeys(["perfil", "perfil profesional", "resumen", "resumen profesional", "sobre mí",
                     "acerca de mí", "extracto", "objetivo", "objetivo profesional"], K.SUMMARY),
    **dict.fromkeys(["contacto", "datos personales", "datos de contacto", "información personal"], K.CONTACT),
    **dict.fromkeys(["voluntariado", "experiencia de voluntariado", "actividades"], K.VOLUNTEER),
    **dict.fromkeys(["referencias"], K.REFERENCES),
    **dict.fromkeys(["logros", "premios", "reconocimientos", "premios y reconocimientos"], K.AWARDS),
    **dict.fromkeys(["publicaciones"], K.PUBLICATIONS),
}
_FRENCH = {
    **dict.fromkeys(["expérience", "expériences", "expérience professionnelle", "expériences professionnelles",
                     "parcours professionnel", "stages"], K.EXPERIENCE),
    **dict.fromkeys(["formation", "formations", "diplômes", "études", "formation et diplômes",
                     "parcours académique"], K.EDUCATION),
    **dict.fromkeys(["compétences", "compétences techniques", "savoir faire", "aptitudes", "outils",
                     "connaissances informatiques", "informatique"], K.SKILLS),
    **dict.fromkeys(["langues", "langues parlées"], K.LANGUAGES),
    **dict.fromkeys(["certificats", "formations complémentaires"], K.CERTIFICATIONS),
    **dict.fromkeys(["projets", "projets personnels"], K.PROJECTS),
    **dict.fromkeys(["centres dintérêt", "centres dintérêts", "loisirs", "intérêts"], K.INTERESTS),
    **dict.fromkeys(["profil professionnel", "à propos", "à propos de moi", "objectif"], K.SUMMARY),
    **dict.fromkeys(["coordonnées", "informations personnelles", "état civil"], K.CONTACT),
    **dict.fromkeys(["bénévolat", "engagement associatif", "vie associative"], K.VOLUNTEER),
    **dict.fromkeys(["références"], K.REFERENCES),
    **dict.fromkeys(["distinctions", "prix et distinctions", "réalisations"], K.AWARDS),
}
_JAPANESE = {
    **dict.fromkeys(["学歴 職歴", "職歴", "職務経歴"], K.EXPERIENCE),
    **dict.fromkeys(["学歴"], K.EDUCATION),
    **dict.fromkeys(["免許 資格", "資格", "免許"], K.CERTIFICATIONS),
    **dict.fromkeys(["趣味 特技", "趣味"], K.INTERESTS),
    **dict.fromkeys(["特技", "スキル"], K.SKILLS),  # special skills, skills
    **dict.fromkeys(["志望動機", "自己pr"], K.SUMMARY),
    **dict.fromkeys(["本人希望記入欄"], K.OTHER),
}
RESUME_HEADINGS: dict[str, SectionKind] = {
    **SHARED_HEADINGS,
    **dict.fromkeys(["details", "contact info"], K.CONTACT),  # a sidebar's "Details": address, phone
    **dict.fromkeys([
        "summary", "professional summary", "career summary", "executive summary", "profile",
        "professional profile", "personal profile", "about me", "about", "objective",
        "career objective", "professional objective", "personal statement", "overview", "desired position",
        "summary of qualifications", "highlights", "career profile", "introduction",
    ], K.SUMMARY),
    **dict.fromkeys([
        "experience", "work experience", "professional experience", "relevant experience",
        "employment", "employment history", "employment record",
        "military service", "military experience", "work history", "career history", "career",
        "professional background", "experience highlights", "industry experience",
        "clinical experience", "teaching experience", "research experience",
        "professional history", "positions held", "work", "relevant work experience",
        "selected experience", "experience and employment", "internships", "internship",
        "internship experience", "work and internships", "jobs", "positions", "teaching",
        "employment experience", "work background", "appointments",
    ], K.EXPERIENCE),
    **dict.fromkeys([
        "education", "academic background", "education and training", "academic history",
        "qualifications", "academic qualifications", "educational background", "training",
        "education and certifications", "studies", "degrees", "coursework", "relevant coursework",
    ], K.EDUCATION),
    **dict.fromkeys([
        "skills", "technical skills", "core competencies", "competencies", "key skills",
        "areas of expertise", "expertise", "technologies", "tech stack", "tools",
        "skills and abilities", "core skills", "technical proficiencies", "skills and tools",
        "tools and technologies", "technical expertise", "skill set", "skillset",
        "professional skills", "relevant skills", "skills and expertise", "software",
        "computer skills", "clinical skills", "hard skills", "soft skills",
        "skills and interests", "additional skills", "technical competencies", "strengths",
        "specialties", "specialities", "specialisms", "technology", "programming languages", "capabilities",
        "proficiencies", "skills summary", "summary of skills", "toolkit", "key strengths",
        "systems", "it systems", "clinical systems", "computer systems",
    ], K.SKILLS),
    **dict.fromkeys([
        "projects", "personal projects", "selected projects", "side projects", "key projects",
        "open source", "open source contributions", "academic projects", "portfolio",
        "project experience", "notable projects",
    ], K.PROJECTS),
    **dict.fromkeys([
        "certifications", "certificates", "certification", "licenses", "licences",
        "licenses and certifications", "licences and certifications",
        "certifications and licenses", "certifications and licences", "credentials",
        "professional certifications", "professional development", "courses",
        "courses and certifications", "certifications and training", "accreditations", "licensure",
    ], K.CERTIFICATIONS),
    **dict.fromkeys([
        "awards", "honors", "honours", "achievements", "awards and honors",
        "awards and honours", "honors and awards", "accomplishments", "key achievements",
        "career highlights", "selected achievements", "recognition", "awards and recognition",
    ], K.AWARDS),
    **dict.fromkeys(["publications", "selected publications", "papers", "talks",
                     "publications and talks", "presentations", "conferences"], K.PUBLICATIONS),
    **dict.fromkeys([
        "volunteer", "volunteering", "volunteer experience", "volunteer work",
        "community involvement", "community service", "leadership and activities",
        "activities", "extracurricular activities", "extracurriculars", "extracurricular",
        "leadership", "mentoring", "mentorship",
        "affiliations", "professional affiliations", "memberships", "professional memberships",
    ], K.VOLUNTEER),
    **dict.fromkeys(["languages", "language skills", "spoken languages", "language pairs"], K.LANGUAGES),
    **dict.fromkeys(["interests", "hobbies", "hobbies and interests", "personal interests"],
                    K.INTERESTS),
    **dict.fromkeys(["references", "referees", "references available upon request", "recommendations"],
                    K.REFERENCES),
    **dict.fromkeys(["other", "additional information", "other information"], K.OTHER),
    **_with_plain_letters({**_GERMAN, **_SPANISH, **_FRENCH}), **_JAPANESE,
}

# Headings a reader finds as clear as the known ones, in a word too common to find a section
# by ("Community" over volunteering, and also a line of a role or a skills grid): lint reads
# them as standard on a line the sectioner has set as a heading for other reasons (its type).
SET_HEADINGS = frozenset({"community"})

# The last word of a heading that names its kind, whatever comes before it ("Research &
# Engineer Experience", "Peer-Reviewed Publications", "Software Engineering Skills"); used
# only for lines shaped like a heading (`_heading_shaped`).
RESUME_HEAD_NOUNS: dict[str, SectionKind] = {
    **dict.fromkeys(["experience", "experiences", "employment", "positions", "roles", "placements", "posts"],
                    K.EXPERIENCE),
    **dict.fromkeys(["education", "qualifications", "studies", "degrees"], K.EDUCATION),
    **dict.fromkeys(["skills", "competencies", "competences", "technologies", "tools", "expertise", "proficiencies",
                     "knowledge", "techniques", "methods", "instruments", "equipment"], K.SKILLS),
    **dict.fromkeys(["projects"], K.PROJECTS),
    **dict.fromkeys(["certifications", "certificates", "licenses", "licences", "licensure", "licensing", "courses",
                     "training", "registration", "registrations"], K.CERTIFICATIONS),
    **dict.fromkeys(["awards", "honors", "honours", "achievements", "recognitions", "exhibitions", "highlights"],
                    K.AWARDS),
    **dict.fromkeys(["publications", "papers", "talks", "presentations"], K.PUBLICATIONS),
    **dict.fromkeys(["activities", "volunteering", "involvement", "affiliations", "memberships", "extracurriculars"],
                    K.VOLUNTEER),
    **dict.fromkeys(["interests", "hobbies"], K.INTERESTS),
    **dict.fromkeys(["summary", "profile", "objective", "overview"], K.SUMMARY),
    **dict.fromkeys(["references", "referees"], K.REFERENCES),
}

# Headings in the first person, as personal sites and some builders write them ("Where I've
# worked", "What I'm good at", "Languages I speak"): the verb says the kind. Read from the
# normalised heading (apostrophes dropped: "ive", "im").
_FIRST_PERSON = re.compile(r"^(?:where|what|who|when|things|places|how) (?:i|ive|im|i have|i am|id|i can) (.+)$")
_FIRST_PERSON_VERBS: dict[str, SectionKind] = {
    **dict.fromkeys(["worked", "work", "practised", "practiced", "been", "served", "done", "taught", "worked at",
                     "been working"], K.EXPERIENCE),
    **dict.fromkeys(["studied", "study", "trained", "learned", "learnt", "went to school", "graduated"], K.EDUCATION),
    **dict.fromkeys(["good at", "do", "do best", "can do", "know", "offer", "bring", "use", "work with"], K.SKILLS),
    **dict.fromkeys(["licensed for", "licensed", "certified in", "certified", "qualified in", "qualified"],
                    K.CERTIFICATIONS),
    **dict.fromkeys(["proud of", "achieved", "won"], K.AWARDS),
    **dict.fromkeys(["built", "made", "created"], K.PROJECTS),
    **dict.fromkeys(["written", "published", "spoken at"], K.PUBLICATIONS),
    **dict.fromkeys(["volunteered", "give back"], K.VOLUNTEER),
    **dict.fromkeys(["speak"], K.LANGUAGES),
    **dict.fromkeys(["am"], K.SUMMARY),
}
# ... or a kind's own noun before a first-person clause: "Languages I speak", "Tools I use"
_NOUN_THEN_I = re.compile(r"^(\w+(?: \w+)?) (?:i|ive|im) (?:speak|use|know|love|enjoy|hold|have)$")
_OFF_DUTY = re.compile(r"^when (?:im|i am) not (?:\w+ ?){1,4}$")  # "When I'm not in clinic"


def first_person_kind(norm: str) -> SectionKind | None:
    """The kind of a first-person résumé heading (`_FIRST_PERSON`), or None."""
    if _OFF_DUTY.match(norm):
        return K.INTERESTS
    found = _FIRST_PERSON.match(norm)
    if found is not None:
        return _FIRST_PERSON_VERBS.get(found.group(1))
    found = _NOUN_THEN_I.match(norm)
    if found is not None:
        noun = found.group(1).split()[-1]
        return RESUME_HEADINGS.get(found.group(1)) or RESUME_HEAD_NOUNS.get(noun)
    return None


POSTING_HEADINGS: dict[str, SectionKind] = {
    **dict.fromkeys([
        "responsibilities", "key responsibilities", "main responsibilities",
        "job responsibilities", "your responsibilities", "what youll do", "what you will do",
        "what youll be doing", "what you will be doing", "the role", "your role", "role",
        "about the role", "the job", "about the job", "about the position", "the position",
        "duties", "job duties", "duties and responsibilities", "responsibilities and duties",
        "day to day", "your day to day", "in this role you will", "your impact",
        "what you will work on", "what youll work on", "your mission", "the opportunity",
        "job description", "position summary", "role description", "essential functions",
        "essential duties", "essential duties and responsibilities", "tasks", "your tasks",
        "job summary", "overview", "position overview", "role overview", "summary",
    ], K.RESPONSIBILITIES),
    **dict.fromkeys([
        "requirements", "job requirements", "qualifications", "minimum qualifications",
        "basic qualifications", "required qualifications", "required skills",
        "requirements and qualifications", "qualifications and requirements", "must have",
        "must haves", "what youll need", "what you will need", "what we are looking for",
        "what were looking for", "who you are", "what you bring", "what youll bring",
        "skills and experience", "experience and skills", "you have", "about you",
        "essential", "essential skills", "essential criteria", "essential requirements",
        "key skills", "your profile", "profile", "skills", "experience", "required",
        "education and experience", "knowledge skills and abilities", "requirements skills",
        "skills and qualifications", "qualifications and skills", "your skills",
        "you should have", "we are looking for", "were looking for", "ideal candidate",
        "the ideal candidate", "candidate requirements", "minimum requirements",
        "required experience", "your background", "what you need", "we expect",
        "who we are looking for", "must have skills", "technical requirements",
        "competencies", "job qualifications", "position requirements", "mandatory",
    ], K.REQUIREMENTS),
    **dict.fromkeys([
        "preferred qualifications", "preferred skills", "preferred", "nice to have",
        "nice to haves", "nice to have skills", "bonus points", "bonus", "bonus skills",
        "pluses", "plus", "desired", "desired skills", "desired qualifications",
        "desirable", "desirable skills", "desirable criteria", "good to have",
        "extra credit", "its a plus if", "bonus if you have", "preferred experience",
        "additional qualifications", "preferred requirements", "optional",
        "even better if", "it would be great if", "nice to haves but not required",
        "preferred but not required", "what sets you apart", "ways to stand out",
        "additional skills", "bonus points if", "assets", "an asset",
    ], K.PREFERRED),
    **dict.fromkeys([
        "about us", "about the company", "who we are", "our company", "company overview",
        "company description", "our mission", "our culture", "our values", "our story",
        "about the team", "the team", "our team", "life at", "why us", "the company",
        "company", "about", "mission", "culture", "location", "where you will work",
    ], K.ABOUT),
    **dict.fromkeys([
        "benefits", "perks", "what we offer", "why join us", "why you will love working here",
        "why youll love working here", "compensation", "salary", "pay", "pay range",
        "compensation and benefits", "benefits and perks", "perks and benefits", "we offer",
        "whats in it for you", "what is in it for you", "what you get", "our offer",
        "rewards", "total rewards", "benefits include", "salary and benefits",
        "what we can offer", "why work with us", "why work here",
    ], K.BENEFITS),
    **dict.fromkeys([
        "how to apply", "to apply", "application process", "apply", "apply now",
        "equal opportunity", "equal opportunity employer", "eeo statement",
        "equal employment opportunity", "diversity and inclusion", "next steps",
        "our commitment to diversity", "accommodations", "disclaimer",
    ], K.APPLY),
}


# Words that point a creative heading at a standard kind ("Where I've worked", "Toolbox",
# "What I bring"), most specific family first: a heading set like the others whose words
# are not a known heading, and lint's advice on a non-standard heading.
HEADING_WORD_FAMILIES: tuple[tuple[SectionKind, frozenset[str]], ...] = (
    (K.CERTIFICATIONS, frozenset("certification certifications certificates certificate license licenses licence "
                                 "licences credentials tickets accreditations".split())),
    (K.AWARDS, frozenset("award awards honor honors honours achievements recognition recognitions".split())),
    (K.PROJECTS, frozenset("project projects portfolio built".split())),
    (K.EDUCATION, frozenset("education school schools schooling study studies studied academic academics degree "
                            "degrees university college learning diploma coursework".split())),
    (K.SKILLS, frozenset("skill skills skillset tech technology technologies technical tools toolbox toolkit "
                         "stack abilities capabilities competencies competency expertise superpowers proficiencies "
                         "know knowledge strengths bring".split())),
    (K.EXPERIENCE, frozenset("work worked working job jobs career employment employed employers journey "
                             "positions posts roles experiences history internship internships placements".split())),
    (K.VOLUNTEER, frozenset("volunteer volunteering community extracurricular extracurriculars".split())),
    (K.INTERESTS, frozenset("hobbies interests".split())),
    (K.SUMMARY, frozenset("about profile bio intro introduction who snapshot".split())),
    (K.CONTACT, frozenset("contact reach touch".split())),
)


def kind_by_words(words: set[str]) -> SectionKind | None:
    """The kind of section a heading's words point to (`HEADING_WORD_FAMILIES`), if any."""
    for kind, vocabulary in HEADING_WORD_FAMILIES:
        if words & vocabulary:
            return kind
    return None
