from safeboard.access.roles import ROLES, user_roles
from safeboard.web.navigation import navigation_items


def navigation(request):
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {
        "service_navigation": navigation_items(user, request.path),
        "user_role_labels": [ROLES[role].label for role in user_roles(user)],
    }
