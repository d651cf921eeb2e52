"""The ids of meetings, officials and organisations, named once so that records refer to them by constant.

Meeting ids are "meeting/" and the date as known and the kind; official ids are
"official/" and a slug of the name (see the field descriptions in the model).
"""

# Meetings, in date order.
MINISTERIAL_2022 = "meeting/2022-04-ministerial"
LEADERS_2022 = "meeting/leaders-before-2022-09-07"
INTERSESSIONAL_6 = "meeting/2022-09-07-intersessional"
LEADERS_2023 = "meeting/2023-06-leaders"
G20_2023 = "meeting/2023-09-g20-summit"
INTERSESSIONAL_7 = "meeting/2023-09-26-intersessional"
MINISTERIAL_2023_PLANNED = "meeting/2023-ministerial-planned"
MINISTERIAL_2023 = "meeting/2023-11-10-ministerial"
DELEGATION_2025 = "meeting/2025-us-defence-policy-delegation-visit"
INTERSESSIONAL_2025 = "meeting/2025-intersessional"

# Officials, by the name the sources print most fully.
ANTONY_BLINKEN = "official/antony-blinken"
ARINDAM_BAGCHI = "official/arindam-bagchi"
BETHANY_P_MORRISON = "official/bethany-p-morrison"
DONALD_LU = "official/donald-lu"
ELY_RATNER = "official/ely-ratner"
JEDIDIAH_P_ROYAL = "official/jedidiah-p-royal"
JOE_BIDEN = "official/joe-biden"
JOHN_SUPPLE = "official/john-supple"
LLOYD_AUSTIN = "official/lloyd-austin"
NAGARAJ_NAIDU_KAKANUR = "official/nagaraj-naidu-kakanur"
NARENDRA_MODI = "official/narendra-modi"
RAJNATH_SINGH = "official/rajnath-singh"
RANDHIR_JAISWAL = "official/randhir-jaiswal"
S_JAISHANKAR = "official/s-jaishankar"
VANI_RAO = "official/vani-rao"
VISHWESH_NEGI = "official/vishwesh-negi"

# Organisations.
MINISTRY_OF_EXTERNAL_AFFAIRS = "organisation/ministry-of-external-affairs"
MINISTRY_OF_DEFENCE = "organisation/ministry-of-defence"
STATE_DEPARTMENT = "organisation/state-department"
DEPARTMENT_OF_DEFENCE = "organisation/department-of-defence"
GENERAL_ELECTRIC = "organisation/general-electric"
HINDUSTAN_AERONAUTICS_LIMITED = "organisation/hindustan-aeronautics-limited"
INDIAN_ARMY = "organisation/indian-army"
MADRAS_REGIMENT = "organisation/madras-regiment"
