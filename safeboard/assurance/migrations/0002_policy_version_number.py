# The version label was called "version", the name the shared record form gives
# its conflict check: renamed "number" (still shown as "version").

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("assurance", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="policyversion", name="assurance_version_once"),
        migrations.RenameField(model_name="policyversion", old_name="version", new_name="number"),
        migrations.RenameField(
            model_name="historicalpolicyversion", old_name="version", new_name="number"
        ),
        migrations.AlterField(
            model_name="policyversion",
            name="number",
            field=models.CharField(
                help_text="As the document numbers it, e.g. 3.1.",
                max_length=20,
                verbose_name="version",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpolicyversion",
            name="number",
            field=models.CharField(
                help_text="As the document numbers it, e.g. 3.1.",
                max_length=20,
                verbose_name="version",
            ),
        ),
        migrations.AddConstraint(
            model_name="policyversion",
            constraint=models.UniqueConstraint(
                fields=("policy", "number"), name="assurance_version_once"
            ),
        ),
    ]
