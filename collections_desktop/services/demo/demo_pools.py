"""Synthetic people, places, payers and procedures that demo data is drawn from; all invented, none real."""

from __future__ import annotations

FIRST_NAMES_EN = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
    "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Ashley",
    "Donald", "Kimberly", "Steven", "Emily", "Andrew", "Donna", "Kenneth", "Michelle", "Joshua", "Carol",
    "Zoë", "Chloé", "Renée", "Noël",
)
LAST_NAMES_EN = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
    "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "O'Brien",
)
FIRST_NAMES_ES = (
    "José", "María", "Juan", "Guadalupe", "Luis", "Sofía", "Jesús", "Lucía", "Ángel", "Valentina",
    "Andrés", "Camila", "Ramón", "Ximena", "Raúl", "Mónica", "Héctor", "Beatriz", "Martín", "Inés",
    "Iñaki", "Begoña", "Joaquín", "Dolores", "Sebastián", "Verónica", "Tomás", "Rocío", "Óscar", "Fátima",
    "Julián", "Araceli", "Rubén", "Maricela", "Efraín", "Noemí", "Germán", "Leticia", "Adrián", "Socorro",
)
LAST_NAMES_ES = (
    "García", "Hernández", "López", "Martínez", "Rodríguez", "González", "Pérez", "Sánchez", "Ramírez",
    "Flores", "Gómez", "Díaz", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Jiménez", "Ruiz",
    "Álvarez", "Castillo", "Vázquez", "Peña", "Muñoz", "Núñez", "Ibáñez", "Ordóñez", "Castañeda", "Saldaña",
    "Montaño", "Cañas", "Zúñiga", "Yáñez", "Báez", "Mendoza", "Chávez", "Domínguez", "Solís", "Ríos",
    "de la Peña",
)
STREETS = (
    "Oak St", "Maple Ave", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake Dr", "Hillcrest Rd",
    "Sunset Blvd", "Calle Ocho", "Camino Real", "Avenida del Sol", "Mesa Verde Dr", "Río Grande St",
    "Park Pl", "Ridge Rd", "Meadow Ln", "Church St", "Mill Rd", "Highland Ave",
)

# (city, state, zip, area code, IANA zone) — every US zone, Arizona without DST, and the territories.
PLACES = (
    ("New York", "NY", "10027", "212", "America/New_York"),
    ("Miami", "FL", "33135", "305", "America/New_York"),
    ("Atlanta", "GA", "30310", "404", "America/New_York"),
    ("Boston", "MA", "02128", "617", "America/New_York"),
    ("Charlotte", "NC", "28205", "704", "America/New_York"),
    ("Detroit", "MI", "48209", "313", "America/Detroit"),
    ("Chicago", "IL", "60623", "773", "America/Chicago"),
    ("Houston", "TX", "77036", "713", "America/Chicago"),
    ("San Antonio", "TX", "78207", "210", "America/Chicago"),
    ("Dallas", "TX", "75211", "214", "America/Chicago"),
    ("Kansas City", "MO", "64108", "816", "America/Chicago"),
    ("Nashville", "TN", "37211", "615", "America/Chicago"),
    ("El Paso", "TX", "79905", "915", "America/Denver"),
    ("Denver", "CO", "80219", "303", "America/Denver"),
    ("Albuquerque", "NM", "87105", "505", "America/Denver"),
    ("Boise", "ID", "83705", "208", "America/Boise"),
    ("Phoenix", "AZ", "85009", "602", "America/Phoenix"),
    ("Tucson", "AZ", "85713", "520", "America/Phoenix"),
    ("Los Angeles", "CA", "90022", "323", "America/Los_Angeles"),
    ("San Diego", "CA", "92113", "619", "America/Los_Angeles"),
    ("Fresno", "CA", "93701", "559", "America/Los_Angeles"),
    ("Seattle", "WA", "98108", "206", "America/Los_Angeles"),
    ("Las Vegas", "NV", "89101", "702", "America/Los_Angeles"),
    ("Anchorage", "AK", "99508", "907", "America/Anchorage"),
    ("Honolulu", "HI", "96817", "808", "Pacific/Honolulu"),
    ("San Juan", "PR", "00907", "787", "America/Puerto_Rico"),
    ("Hagåtña", "GU", "96910", "671", "Pacific/Guam"),
)
# How often each place is drawn, roughly by where a clinic's patients live.
PLACE_WEIGHTS = (9, 6, 5, 4, 4, 3, 7, 7, 6, 5, 3, 3, 4, 4, 3, 2, 6, 3, 8, 5, 3, 3, 3, 2, 2, 2, 1)

COMMERCIAL_PAYERS = ("Aetna", "UnitedHealthcare", "Blue Cross Blue Shield", "Cigna", "Humana")
MEDICAID_PAYERS = ("State Medicaid", "Medicaid Managed Care")

# (CPT code, description, low and high charge in dollars)
PROCEDURES = (
    ("99213", "Office visit, established patient", 150, 220),
    ("99214", "Office visit, established patient, moderate", 220, 310),
    ("99203", "Office visit, new patient", 230, 320),
    ("80053", "Comprehensive metabolic panel", 45, 90),
    ("85025", "Complete blood count", 30, 60),
    ("36415", "Blood draw", 15, 35),
    ("71046", "Chest X-ray, two views", 150, 260),
    ("93000", "Electrocardiogram", 70, 140),
    ("90471", "Immunization administration", 25, 45),
    ("97110", "Therapeutic exercise", 90, 160),
    ("81001", "Urinalysis", 15, 40),
    ("99395", "Preventive visit, 18-39", 250, 340),
)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
