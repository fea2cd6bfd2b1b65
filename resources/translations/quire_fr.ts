<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CheckPage</name>
    <message>
        <source>Is everything ready to leave?</source>
        <translation>Tout est-il prêt à partir&#xa0;?</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Why it may not leave yet</source>
        <translation>Pourquoi il ne peut pas encore partir</translation>
    </message>
    <message>
        <source>Double-click an item to go to it. Untick an item to leave it out of this bundle on purpose.</source>
        <translation>Double-cliquez sur un élément pour y aller. Décochez un élément pour le laisser volontairement hors de ce paquet de dépôt.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <translation>Que faire&#xa0;: {fix}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;1 item may not leave yet.&lt;/b&gt; Fix what is listed, or untick the item to leave it out of this bundle.</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;1&#xa0;élément ne peut pas encore partir.&lt;/b&gt; Corrigez ce qui est indiqué, ou décochez-le pour le laisser hors de ce paquet de dépôt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;%n items may not leave yet.&lt;/b&gt; Fix what is listed, or untick an item to leave it out of this bundle.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b91c1c&apos;&gt;%n&#xa0;élément ne peut pas encore partir.&lt;/b&gt; Corrigez ce qui est indiqué, ou décochez-le pour le laisser hors de ce paquet de dépôt.</numerusform>
            <numerusform>&lt;b style=&apos;color:#b91c1c&apos;&gt;%n&#xa0;éléments ne peuvent pas encore partir.&lt;/b&gt; Corrigez ce qui est indiqué, ou décochez un élément pour le laisser hors de ce paquet de dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Going in: 1 item — pages: {pages}; recordings: {duration}; languages: {languages}; licences: {licences}.</source>
        <translation>Contenu&#xa0;: 1&#xa0;élément — pages&#xa0;: {pages}&#xa0;; enregistrements&#xa0;: {duration}&#xa0;; langues&#xa0;: {languages}&#xa0;; licences&#xa0;: {licences}.</translation>
    </message>
    <message numerus="yes">
        <source>Going in: %n items — pages: {pages}; recordings: {duration}; languages: {languages}; licences: {licences}.</source>
        <translation>
            <numerusform>Contenu&#xa0;: %n&#xa0;élément — pages&#xa0;: {pages}&#xa0;; enregistrements&#xa0;: {duration}&#xa0;; langues&#xa0;: {languages}&#xa0;; licences&#xa0;: {licences}.</numerusform>
            <numerusform>Contenu&#xa0;: %n&#xa0;éléments — pages&#xa0;: {pages}&#xa0;; enregistrements&#xa0;: {duration}&#xa0;; langues&#xa0;: {languages}&#xa0;; licences&#xa0;: {licences}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#15803d&apos;&gt;✔ Everything included is ready.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#15803d&apos;&gt;✔ Tout ce qui est inclus est prêt.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Checking… (looking for scanners takes a few seconds)</source>
        <translation>Vérification… (la recherche des scanners prend quelques secondes)</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the full report, to paste into a message to whoever helps you</source>
        <translation>Copier le rapport complet, pour le coller dans un message à la personne qui vous aide</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Some things need fixing before Quire can do all its work: {names}.</source>
        <translation>Certains points doivent être corrigés avant que Quire puisse faire tout son travail&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>This computer is ready for Quire.</source>
        <translation>Cet ordinateur est prêt pour Quire.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export a submission bundle</source>
        <translation>Exporter un paquet de dépôt</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>The job could not be started.</source>
        <translation>La tâche n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Quire&apos;s helper program could not be run. Reinstalling Quire may help.</source>
        <translation>Le programme auxiliaire de Quire n’a pas pu être lancé. Réinstaller Quire peut aider.</translation>
    </message>
    <message>
        <source>The job failed.</source>
        <translation>La tâche a échoué.</translation>
    </message>
    <message>
        <source>The job stopped unexpectedly.</source>
        <translation>La tâche s’est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <source>What it finished is saved. Try again; if it happens again, the log file has the details.</source>
        <translation>Ce qu’elle a terminé est enregistré. Réessayez&#xa0;; si cela se reproduit, le fichier journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this job. What it has finished is kept.</source>
        <translation>Arrêter cette tâche. Ce qu’elle a terminé est conservé.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run this job again; it carries on where it ended.</source>
        <translation>Relancer cette tâche&#xa0;; elle reprend là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{percent} · {left}</source>
        <translation>{percent} · {left}</translation>
    </message>
    <message>
        <source>Done, with problems</source>
        <translation>Terminée, avec des problèmes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>encore quelques secondes</translation>
    </message>
    <message numerus="yes">
        <source>about %n seconds left</source>
        <translation>
            <numerusform>encore environ&#xa0;%n seconde</numerusform>
            <numerusform>encore environ&#xa0;%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>encore environ&#xa0;%n min</numerusform>
            <numerusform>encore environ&#xa0;%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hours left</source>
        <translation>
            <numerusform>encore environ&#xa0;%n heure</numerusform>
            <numerusform>encore environ&#xa0;%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts when the job before it ends.</source>
        <translation>Démarre quand la tâche précédente se termine.</translation>
    </message>
    <message>
        <source>Stopped before it started. Retry runs it.</source>
        <translation>Arrêtée avant de commencer. Réessayer la lance.</translation>
    </message>
    <message>
        <source>Stopped. What it finished is kept; Retry carries on from there.</source>
        <translation>Arrêtée. Ce qu’elle a terminé est conservé&#xa0;; Réessayer reprend à partir de là.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>1 page recognised</source>
        <translation>1 page reconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n pages recognised</source>
        <translation>
            <numerusform>%n page reconnue</numerusform>
            <numerusform>%n pages reconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>1 recording transcribed</source>
        <translation>1 enregistrement transcrit</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings transcribed</source>
        <translation>
            <numerusform>%n enregistrement transcrit</numerusform>
            <numerusform>%n enregistrements transcrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already done</source>
        <translation>
            <numerusform>%n déjà fait</numerusform>
            <numerusform>%n déjà faits</numerusform>
        </translation>
    </message>
    <message>
        <source>Item {item}</source>
        <translation>Élément {item}</translation>
    </message>
    <message>
        <source>Item {item}, page {page}</source>
        <translation>Élément {item}, page {page}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et&#xa0;%n autre</numerusform>
            <numerusform>…et&#xa0;%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be done:</source>
        <translation>
            <numerusform>%n n’a pas pu être traité&#xa0;:</numerusform>
            <numerusform>%n n’ont pas pu être traités&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>No jobs yet. OCR and transcription run here.</source>
        <translation>Aucune tâche pour l’instant. La reconnaissance du texte et la transcription s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Languages of these files</source>
        <translation>Langues de ces fichiers</translation>
    </message>
    <message>
        <source>Tick every language the pages are written in. Recordings are listened to and their language is detected, whatever you tick.</source>
        <translation>Cochez toutes les langues dans lesquelles les pages sont écrites. Pour les enregistrements, la langue est détectée à l’écoute, quoi que vous cochiez.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Loudness of the microphone. Speech should reach the yellow part; red means too loud (the sound is clipped).</source>
        <translation>Volume du microphone. La voix doit atteindre la partie jaune&#xa0;; le rouge signifie trop fort (le son sature).</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconnu</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>personal data reviewed</source>
        <translation>données personnelles revues</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Search all text…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find items by any word in their text or metadata (Ctrl+F)</source>
        <translation>Trouver des éléments par n’importe quel mot de leur texte ou de leurs métadonnées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Bring scans, PDFs or recordings into the project (you can also drop them on the window)</source>
        <translation>Ajouter au projet des numérisations, des PDF ou des enregistrements (vous pouvez aussi les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation>Numéri&amp;ser…</translation>
    </message>
    <message>
        <source>Scan pages from a scanner into the project as one document</source>
        <translation>Numériser des pages avec un scanner et les ajouter au projet en un seul document</translation>
    </message>
    <message>
        <source>Record an &amp;interview…</source>
        <translation>&amp;Enregistrer un entretien…</translation>
    </message>
    <message>
        <source>Record an oral-history interview from a microphone</source>
        <translation>Enregistrer un entretien d’histoire orale avec un microphone</translation>
    </message>
    <message>
        <source>&amp;Export a submission bundle…</source>
        <translation>E&amp;xporter un paquet de dépôt…</translation>
    </message>
    <message>
        <source>Package the reviewed, redacted items for a data partnership</source>
        <translation>Rassembler les éléments revus et caviardés pour un partenariat de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>OCR languages, the speech model, the GPU, how much runs at once</source>
        <translation>Langues de l’OCR, modèle de reconnaissance de la parole, GPU, nombre de traitements simultanés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Next uncertain word</source>
        <translation>Mot incertain suivant</translation>
    </message>
    <message>
        <source>Previous uncertain word</source>
        <translation>Mot incertain précédent</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Traitements</translation>
    </message>
    <message>
        <source>&amp;Recognise text</source>
        <translation>&amp;Reconnaître le texte</translation>
    </message>
    <message>
        <source>Read the text of every document not read yet (OCR)</source>
        <translation>Lire le texte de chaque document pas encore lu (reconnaissance du texte, OCR)</translation>
    </message>
    <message>
        <source>&amp;Transcribe recordings</source>
        <translation>&amp;Transcrire les enregistrements</translation>
    </message>
    <message>
        <source>Turn every recording not transcribed yet into text</source>
        <translation>Transcrire en texte chaque enregistrement qui ne l’est pas encore</translation>
    </message>
    <message>
        <source>Find &amp;personal data</source>
        <translation>Rechercher les données &amp;personnelles</translation>
    </message>
    <message>
        <source>Look for names, addresses, numbers and other personal data in every text</source>
        <translation>Rechercher les noms, adresses, numéros et autres données personnelles dans tous les textes</translation>
    </message>
    <message>
        <source>Review personal data of the &amp;whole project…</source>
        <translation>Revoir les données personnelles de tout le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Re&amp;dact reviewed items</source>
        <translation>&amp;Caviarder les éléments revus</translation>
    </message>
    <message>
        <source>Remove the personal data staff confirmed into new files, then check them by reading and listening again</source>
        <translation>Retirer les données personnelles confirmées par l’équipe dans de nouveaux fichiers, puis les vérifier en relisant et en réécoutant</translation>
    </message>
    <message>
        <source>Use p&amp;seudonyms when redacting</source>
        <translation>Caviarder avec des p&amp;seudonymes</translation>
    </message>
    <message>
        <source>Replace personal data with the same made-up name each time (Person 1, Person 2) instead of [PERSON]; a choice kept with the project</source>
        <translation>Remplacer les données personnelles par un même nom inventé à chaque fois (Person 1, Person 2) plutôt que par [PERSON] ; un choix gardé avec le projet</translation>
    </message>
    <message>
        <source>Recognise this item &amp;again</source>
        <translation>Relancer la reco&amp;nnaissance de cet élément</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Prise en main</translation>
    </message>
    <message>
        <source>&amp;Check this computer</source>
        <translation>&amp;Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>OCR languages, speech models, GPU, microphones, scanners, disk space</source>
        <translation>Langues de l’OCR, modèles de parole, GPU, microphones, scanners, espace disque</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About Quire</source>
        <translation>À propos de &amp;Quire</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <source>Recognise text</source>
        <translation>Reconnaître le texte</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Preparing the sample project…</source>
        <translation>Préparation du projet d’exemple…</translation>
    </message>
    <message>
        <source>Welcome to Quire.

Preparing a sample project so that you can see real material at once: a few typed pages and a short interview. This takes a minute the first time.</source>
        <translation>Bienvenue dans Quire.

Préparation d’un projet d’exemple pour que vous voyiez tout de suite de vrais documents&#xa0;: quelques pages dactylographiées et un court entretien. La première fois, cela prend une minute.</translation>
    </message>
    <message>
        <source>Prepare the sample project</source>
        <translation>Préparer le projet d’exemple</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new project</source>
        <translation>Choisissez un dossier vide pour le nouveau projet</translation>
    </message>
    <message>
        <source>Open a Quire project folder</source>
        <translation>Ouvrir le dossier d’un projet Quire</translation>
    </message>
    <message>
        <source>{name} — Quire</source>
        <translation>{name} — Quire</translation>
    </message>
    <message>
        <source>Opened {folder}</source>
        <translation>Projet ouvert&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Recognise text (resumed)</source>
        <translation>Reconnaître le texte (reprise)</translation>
    </message>
    <message>
        <source>Transcribe (resumed)</source>
        <translation>Transcrire (reprise)</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détection auto</translation>
    </message>
    <message>
        <source>Choose an item on the left, or bring material in with File → Import files… (or drop files on this window).</source>
        <translation>Choisissez un élément à gauche, ou ajoutez des documents avec Fichier → Importer des fichiers… (ou déposez des fichiers sur cette fenêtre).</translation>
    </message>
    <message>
        <source>Open a project with File → Open project…, or make a new one.</source>
        <translation>Ouvrez un projet avec Fichier → Ouvrir un projet…, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <source>Import scans, PDFs or recordings</source>
        <translation>Importer des numérisations, des PDF ou des enregistrements</translation>
    </message>
    <message>
        <source>Scans, PDFs and recordings (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp *.pdf *.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Numérisations, PDF et enregistrements (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif *.webp *.pdf *.wav *.flac *.mp3 *.ogg *.opus *.m4a *.aac *.mp4 *.mov *.mkv *.webm *.avi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import every file in a folder</source>
        <translation>Importer tous les fichiers d’un dossier</translation>
    </message>
    <message>
        <source>Import {names}</source>
        <translation>Importer {names}</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <translation>Transcrire les enregistrements</translation>
    </message>
    <message>
        <source>Transcribe the new recording</source>
        <translation>Transcrire le nouvel enregistrement</translation>
    </message>
    <message>
        <source>Again: {title}</source>
        <translation>Relance&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Find personal data</source>
        <translation>Rechercher les données personnelles</translation>
    </message>
    <message>
        <source>Redact reviewed items</source>
        <translation>Caviarder les éléments revus</translation>
    </message>
    <message>
        <source>Redaction will use pseudonyms (Person 1).</source>
        <translation>Le caviardage utilisera des pseudonymes (Person 1).</translation>
    </message>
    <message>
        <source>Redaction will use [PERSON], [PHONE]…</source>
        <translation>Le caviardage utilisera [PERSON], [PHONE]…</translation>
    </message>
    <message>
        <source>Personal data to review in the whole project</source>
        <translation>Données personnelles à revoir dans tout le projet</translation>
    </message>
    <message>
        <source>Finished: {title}</source>
        <translation>Terminé&#xa0;: {title}</translation>
    </message>
    <message>
        <source>(on {device})</source>
        <translation>(sur {device})</translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message>
        <source>Quire is still working. Stop the running jobs? What they finished is kept, and they carry on from there next time.</source>
        <translation>Quire travaille encore. Arrêter les tâches en cours&#xa0;? Ce qu’elles ont terminé est conservé, et elles reprendront à partir de là la prochaine fois.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Getting started with Quire&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bring material in&lt;/b&gt;: File → Import files… (Ctrl+I), or drop scans, PDFs and recordings on the window; File → Scan… (Ctrl+Shift+S) from a scanner; File → Record an interview… (Ctrl+Shift+M) from a microphone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recognise&lt;/b&gt;: Run → Recognise text (Ctrl+R) reads the pages; Run → Transcribe recordings (Ctrl+T) writes down what is said. The Jobs panel shows progress; you can keep working meanwhile.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Correct&lt;/b&gt;: choose a document; the page is on the left, its text on the right. Uncertain words are shaded; F3 jumps to the next one. Everything you type is saved at once, and Ctrl+Z undoes it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Listen&lt;/b&gt;: choose a recording; Ctrl+Space plays and pauses, Alt+← goes back 5 seconds, Ctrl+↓ slows down, and the word being spoken is highlighted. Click a word to play from there; Enter splits a segment, Backspace at its start joins it to the one before.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Describe&lt;/b&gt;: fill in the title, date, rights, licence and consent in the Details tab on the right.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Protect people&lt;/b&gt;: Run → Find personal data (Ctrl+Shift+P), then decide on each finding in the Personal data tab (R remove, K keep); Run → Redact reviewed items (Ctrl+Shift+D) removes them and checks the result.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Deliver&lt;/b&gt;: File → Export a submission bundle… (Ctrl+E) says what still blocks each item and writes the bundle.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Quire never changes your original files, and works without the internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Prise en main de Quire&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ajouter des documents&lt;/b&gt;&#xa0;: Fichier → Importer des fichiers… (Ctrl+I), ou déposez numérisations, PDF et enregistrements sur la fenêtre&#xa0;; Fichier → Numériser… (Ctrl+Maj+S) depuis un scanner&#xa0;; Fichier → Enregistrer un entretien… (Ctrl+Maj+M) depuis un microphone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reconnaître&lt;/b&gt;&#xa0;: Traitements → Reconnaître le texte (Ctrl+R) lit les pages&#xa0;; Traitements → Transcrire les enregistrements (Ctrl+T) écrit ce qui est dit. Le panneau Tâches montre l’avancement&#xa0;; vous pouvez continuer à travailler pendant ce temps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Corriger&lt;/b&gt;&#xa0;: choisissez un document&#xa0;; la page est à gauche, son texte à droite. Les mots incertains sont surlignés&#xa0;; F3 passe au suivant. Tout ce que vous tapez est enregistré aussitôt, et Ctrl+Z l’annule.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Écouter&lt;/b&gt;&#xa0;: choisissez un enregistrement&#xa0;; Ctrl+Espace lance et met en pause la lecture, Alt+← recule de 5 secondes, Ctrl+↓ ralentit, et le mot prononcé est surligné. Cliquez sur un mot pour écouter à partir de là&#xa0;; Entrée coupe un segment, Retour arrière à son début le joint au précédent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Décrire&lt;/b&gt;&#xa0;: renseignez le titre, la date, les droits, la licence et le consentement dans l’onglet Description, à droite.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Protéger les personnes&lt;/b&gt;&#xa0;: Traitements → Rechercher les données personnelles (Ctrl+Maj+P), puis tranchez chaque résultat dans l’onglet Données personnelles (R retirer, K garder)&#xa0;; Traitements → Caviarder les éléments revus (Ctrl+Maj+D) les retire et vérifie le résultat.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Livrer&lt;/b&gt;&#xa0;: Fichier → Exporter un paquet de dépôt… (Ctrl+E) indique ce qui bloque encore chaque élément et écrit le paquet de dépôt.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Quire ne modifie jamais vos fichiers originaux et fonctionne sans Internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Quire</source>
        <translation>À propos de Quire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quire {version}&lt;/b&gt;&lt;p&gt;Recognise and correct the text of scans and recordings, offline.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quire {version}&lt;/b&gt;&lt;p&gt;Reconnaître et corriger le texte des numérisations et des enregistrements, hors ligne.&lt;/p&gt;&lt;p&gt;Fichier journal&#xa0;: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Narrator</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Réf. du formulaire</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>Embargo jusqu’au</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <source>Asked, not signed yet</source>
        <translation>Demandé, pas encore signé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>SPDX id, e.g. CC-BY-4.0</source>
        <translation>identifiant SPDX, p. ex. CC-BY-4.0</translation>
    </message>
    <message>
        <source>The licence as an SPDX identifier: CC-BY-4.0, CC0-1.0, CC-BY-NC-4.0…</source>
        <translation>La licence sous forme d’identifiant SPDX&#xa0;: CC-BY-4.0, CC0-1.0, CC-BY-NC-4.0…</translation>
    </message>
    <message>
        <source>reference of the signed form</source>
        <translation>référence du formulaire signé</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if any</source>
        <translation>AAAA-MM-JJ, s’il y a lieu</translation>
    </message>
    <message>
        <source>Tesseract language codes joined by +, for example eng or eus+spa+fra</source>
        <translation>Codes de langue Tesseract reliés par +, par exemple fra ou eus+spa+fra</translation>
    </message>
    <message>
        <source>e.g. 1987-06-14</source>
        <translation>p. ex. 1987-06-14</translation>
    </message>
    <message>
        <source>Notes for colleagues</source>
        <translation>Notes pour les collègues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>ProofreadView</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>◀ Uncertain</source>
        <translation>◀ Incertain</translation>
    </message>
    <message>
        <source>Previous uncertain word</source>
        <translation>Mot incertain précédent</translation>
    </message>
    <message>
        <source>Uncertain ▶</source>
        <translation>Incertain ▶</translation>
    </message>
    <message>
        <source>Next uncertain word</source>
        <translation>Mot incertain suivant</translation>
    </message>
    <message>
        <source>Words the recogniser was unsure of (confidence below {percent}%) are shaded amber.</source>
        <translation>Les mots dont la reconnaissance est incertaine (confiance inférieure à {percent}&#xa0;%) sont surlignés en orangé.</translation>
    </message>
    <message>
        <source>Choose a document to proofread.</source>
        <translation>Choisissez un document à relire.</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>This document has not been recognised yet. Use Run → Recognise text.</source>
        <translation>Le texte de ce document n’a pas encore été reconnu. Utilisez Traitements → Reconnaître le texte.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Drag over the part of the page to black out (Esc to stop).</source>
        <translation>Faites glisser sur la partie de la page à caviarder (Échap pour arrêter).</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>Page {number} has not been recognised yet. Use Run → Recognise text.</source>
        <translation>Le texte de la page {number} n’a pas encore été reconnu. Utilisez Traitements → Reconnaître le texte.</translation>
    </message>
    <message>
        <source>The page image could not be shown.</source>
        <translation>L’image de la page n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>Uncertain words: {count}</source>
        <translation>Incertains&#xa0;: {count}</translation>
    </message>
    <message>
        <source>This word is no longer in the text.</source>
        <translation>Ce mot n’est plus dans le texte.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>No uncertain words on this page.</source>
        <translation>Aucun mot incertain sur cette page.</translation>
    </message>
    <message>
        <source>Uncertain word {number} of {count}</source>
        <translation>Mot incertain {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <source>Record an interview</source>
        <translation>Enregistrer un entretien</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>The microphone or sound input to record from</source>
        <translation>Le microphone ou l’entrée audio à enregistrer</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Microphone</translation>
    </message>
    <message>
        <source>FLAC — lossless, about half the size</source>
        <translation>FLAC — sans perte, environ moitié moins lourd</translation>
    </message>
    <message>
        <source>WAV — lossless, uncompressed</source>
        <translation>WAV — sans perte, non compressé</translation>
    </message>
    <message>
        <source>Both keep every detail of the sound; FLAC files are smaller.</source>
        <translation>Les deux formats gardent tous les détails du son&#xa0;; les fichiers FLAC sont plus petits.</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;No microphone was found.&lt;/b&gt; Connect one, check that it is switched on and that this computer allows its use, and it will appear here. A recording made elsewhere can be brought in with File → Import files…</source>
        <translation>&lt;b&gt;Aucun microphone n’a été trouvé.&lt;/b&gt; Branchez-en un, vérifiez qu’il est allumé et que cet ordinateur en autorise l’usage&#xa0;: il apparaîtra ici. Un enregistrement fait ailleurs peut être ajouté avec Fichier → Importer des fichiers…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Length of the sound recorded so far</source>
        <translation>Durée du son enregistré jusqu’ici</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Arrêter et enregistrer</translation>
    </message>
    <message>
        <source>End the recording and add it to the project (Ctrl+S)</source>
        <translation>Terminer l’enregistrement et l’ajouter au projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Leave empty to use the title shown in grey</source>
        <translation>Laisser vide pour utiliser le titre affiché en gris</translation>
    </message>
    <message>
        <source>The person telling their story</source>
        <translation>La personne qui raconte son histoire</translation>
    </message>
    <message>
        <source>The person asking the questions</source>
        <translation>La personne qui pose les questions</translation>
    </message>
    <message>
        <source>Where the interview takes place</source>
        <translation>Le lieu de l’entretien</translation>
    </message>
    <message>
        <source>e.g. eng, or eus+spa; empty: detected</source>
        <translation>p. ex. fra, ou eus+spa&#xa0;; vide&#xa0;: détectée</translation>
    </message>
    <message>
        <source>Language codes joined by +, for example eng or cym+eng. Leave empty and the transcription detects the language.</source>
        <translation>Codes de langue reliés par +, par exemple fra ou bre+fra. Laissez vide et la transcription détecte la langue.</translation>
    </message>
    <message>
        <source>No consent form</source>
        <translation>Pas de formulaire de consentement</translation>
    </message>
    <message>
        <source>Form given, not yet signed</source>
        <translation>Formulaire remis, pas encore signé</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Whether the narrator has signed the recording agreement (release form)</source>
        <translation>Si le témoin a signé l’accord d’enregistrement (formulaire de cession de droits)</translation>
    </message>
    <message>
        <source>e.g. the number on the signed form</source>
        <translation>p. ex. le numéro du formulaire signé</translation>
    </message>
    <message>
        <source>What the narrator agreed to: who may listen, publish, when, any limits</source>
        <translation>Ce que le témoin a accepté&#xa0;: qui peut écouter, publier, à partir de quand, avec quelles limites</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Narrator</source>
        <translation>Tém&amp;oin</translation>
    </message>
    <message>
        <source>&amp;Interviewer</source>
        <translation>En&amp;quêteur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Lang&amp;ues</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>Consent &amp;form</source>
        <translation>Fo&amp;rmulaire de consentement</translation>
    </message>
    <message>
        <source>T&amp;erms</source>
        <translation>Cond&amp;itions</translation>
    </message>
    <message>
        <source>&amp;Transcribe now</source>
        <translation>Tran&amp;scrire maintenant</translation>
    </message>
    <message>
        <source>Write down what is said, in the background (see the Jobs panel)</source>
        <translation>Transcrire ce qui est dit, en arrière-plan (voir le panneau Tâches)</translation>
    </message>
    <message>
        <source>Record &amp;another</source>
        <translation>Enregistrer un &amp;autre entretien</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Check that the microphone is connected, switched on and not muted.</source>
        <translation>Vérifiez que le microphone est branché, allumé et non coupé.</translation>
    </message>
    <message>
        <source>Saved in the project as “{title}” ({length}).</source>
        <translation>Enregistré dans le projet sous le titre «&#xa0;{title}&#xa0;» ({length}).</translation>
    </message>
    <message>
        <source>The recording could not be saved.</source>
        <translation>L’enregistrement n’a pas pu être sauvegardé.</translation>
    </message>
    <message>
        <source>The sound is kept: Quire offers it again the next time this project is opened.</source>
        <translation>Le son est conservé&#xa0;: Quire le proposera de nouveau à la prochaine ouverture de ce projet.</translation>
    </message>
    <message>
        <source>What was recorded until then is kept and offered next time.</source>
        <translation>Ce qui a été enregistré jusque-là est conservé et sera proposé la prochaine fois.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound (was it unplugged?).</source>
        <translation>Le microphone n’envoie plus de son (a-t-il été débranché&#xa0;?).</translation>
    </message>
    <message>
        <source>What was recorded until then is saved in the project.</source>
        <translation>Ce qui a été enregistré jusque-là est sauvegardé dans le projet.</translation>
    </message>
    <message>
        <source>Ready to record</source>
        <translation>Prêt à enregistrer</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Aucun microphone</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Enregistrement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the recording (Space or Ctrl+R)</source>
        <translation>Mettre l’enregistrement en pause (Espace ou Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Carry on recording (Space or Ctrl+R)</source>
        <translation>Reprendre l’enregistrement (Espace ou Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Start recording (Space or Ctrl+R)</source>
        <translation>Démarrer l’enregistrement (Espace ou Ctrl+R)</translation>
    </message>
    <message>
        <source>Interview with {narrator}, {date}</source>
        <translation>Entretien avec {narrator}, {date}</translation>
    </message>
    <message>
        <source>Interview, {date}</source>
        <translation>Entretien, {date}</translation>
    </message>
    <message>
        <source>Not language codes: write them like eng, or cym+eng, or leave empty.</source>
        <translation>Ce ne sont pas des codes de langue&#xa0;: écrivez-les comme fra, ou bre+fra, ou laissez vide.</translation>
    </message>
    <message>
        <source>Transcription started: see the Jobs panel.</source>
        <translation>Transcription lancée&#xa0;: voir le panneau Tâches.</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The interview is still being recorded.</source>
        <translation>L’entretien est encore en cours d’enregistrement.</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Continuer l’enregistrement</translation>
    </message>
</context>
<context>
    <name>RecoveredDialog</name>
    <message>
        <source>Interrupted recordings</source>
        <translation>Enregistrements interrompus</translation>
    </message>
    <message>
        <source>Quire stopped while these interviews were being recorded. The sound up to the last second or so was kept. Tick the ones to keep; they are added to the project with the details typed in.</source>
        <translation>Quire s’est arrêté pendant l’enregistrement de ces entretiens. Le son a été conservé jusqu’à la dernière seconde environ. Cochez ceux à garder&#xa0;; ils sont ajoutés au projet avec les informations saisies.</translation>
    </message>
    <message>
        <source>Started {started}: {length} of sound</source>
        <translation>Commencé le {started}&#xa0;: {length} de son</translation>
    </message>
    <message>
        <source>&amp;Keep the ticked ones</source>
        <translation>&amp;Garder les enregistrements cochés</translation>
    </message>
    <message>
        <source>&amp;Discard the ticked ones</source>
        <translation>&amp;Supprimer les enregistrements cochés</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Discard recordings</source>
        <translation>Supprimer des enregistrements</translation>
    </message>
    <message>
        <source>Delete the sound of the ticked recordings? This cannot be undone.</source>
        <translation>Supprimer le son des enregistrements cochés&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Saving interrupted recording {number} of {count}…</source>
        <translation>Sauvegarde de l’enregistrement interrompu {number} sur {count}…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>The recording could not be saved.</source>
        <translation>L’enregistrement n’a pas pu être sauvegardé.</translation>
    </message>
</context>
<context>
    <name>RenameSpeakerDialog</name>
    <message>
        <source>Rename a speaker</source>
        <translation>Renommer un locuteur</translation>
    </message>
    <message>
        <source>The new name replaces the old one in every segment of this recording.</source>
        <translation>Le nouveau nom remplace l’ancien dans tous les segments de cet enregistrement.</translation>
    </message>
    <message>
        <source>Segments with no speaker</source>
        <translation>Segments sans locuteur</translation>
    </message>
    <message>
        <source>e.g. Mary Fletcher (narrator)</source>
        <translation>p. ex. Marie Lefèvre (témoin)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>R: remove (it is personal data) · K: keep (it is not) · A: remove everywhere it occurs · N: next to review</source>
        <translation>R&#xa0;: retirer (c’est une donnée personnelle) · K&#xa0;: garder (ce n’en est pas une) · A&#xa0;: retirer partout où elle apparaît · N&#xa0;: suivant à revoir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>It is personal data: black it out (R)</source>
        <translation>C’est une donnée personnelle&#xa0;: la caviarder (R)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>It is not personal data: leave it (K)</source>
        <translation>Ce n’est pas une donnée personnelle&#xa0;: la laisser (K)</translation>
    </message>
    <message>
        <source>Remove everywhere</source>
        <translation>Retirer partout</translation>
    </message>
    <message>
        <source>Remove this value wherever else it was found in the project (A)</source>
        <translation>Retirer cette valeur partout ailleurs où elle a été trouvée dans le projet (A)</translation>
    </message>
    <message>
        <source>Black out an area…</source>
        <translation>Zone à caviarder…</translation>
    </message>
    <message>
        <source>Draw a box on the page image over something to remove (a signature, a photo)</source>
        <translation>Tracer un cadre sur l’image de la page par-dessus ce qu’il faut retirer (une signature, une photo)</translation>
    </message>
    <message>
        <source>Silence a stretch…</source>
        <translation>Passage à caviarder…</translation>
    </message>
    <message>
        <source>Mark a stretch of the recording to replace with a tone: the words selected in the transcript, or from where it is playing</source>
        <translation>Marquer un passage de l’enregistrement à remplacer par un bip&#xa0;: les mots sélectionnés dans la transcription, ou à partir de la position de lecture</translation>
    </message>
    <message>
        <source>Undo mark</source>
        <translation>Annuler la marque</translation>
    </message>
    <message>
        <source>Remove a box or stretch you marked by hand</source>
        <translation>Retirer un cadre ou un passage marqué à la main</translation>
    </message>
    <message>
        <source>(marked by hand)</source>
        <translation>(marqué à la main)</translation>
    </message>
    <message>
        <source>Found by {detector}, score {score:.2f}</source>
        <translation>Trouvé par {detector}, score {score:.2f}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; findings to review in &lt;b&gt;{items}&lt;/b&gt; items.</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; résultats à revoir dans &lt;b&gt;{items}&lt;/b&gt; éléments.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing left to review.&lt;/b&gt; Items never searched are not listed.</source>
        <translation>&lt;b&gt;Plus rien à revoir.&lt;/b&gt; Les éléments jamais analysés ne sont pas listés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not searched for personal data&lt;/b&gt; as its text is now. Use Run → Find personal data.</source>
        <translation>&lt;b&gt;Données personnelles non recherchées&lt;/b&gt; dans l’état actuel du texte. Utilisez Traitements → Rechercher les données personnelles.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b91c1c&apos;&gt;{proposed} to review&lt;/b&gt; · {confirmed} to remove · {rejected} kept</source>
        <translation>&lt;b style=&apos;color:#b91c1c&apos;&gt;{proposed} à revoir&lt;/b&gt; · {confirmed} à retirer · {rejected} gardé(s)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#15803d&apos;&gt;✔ Review complete&lt;/b&gt; · {confirmed} to remove · {rejected} kept</source>
        <translation>&lt;b style=&apos;color:#15803d&apos;&gt;✔ Revue terminée&lt;/b&gt; · {confirmed} à retirer · {rejected} gardé(s)</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <source>Marked by hand: {where}.</source>
        <translation>Marqué à la main&#xa0;: {where}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Where should the bundle go?</source>
        <translation>Où placer le paquet de dépôt&#xa0;?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>A name ending in .zip makes one file; any other name makes a folder. The bundle is checked in full before it appears there.</source>
        <translation>Un nom finissant par .zip donne un seul fichier&#xa0;; tout autre nom donne un dossier. Le paquet de dépôt est entièrement vérifié avant d’y apparaître.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Show the bundle&apos;s folder</source>
        <translation>Afficher le dossier du paquet de dépôt</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Enregistrer le paquet de dépôt sous</translation>
    </message>
    <message>
        <source>Zip file (*.zip)</source>
        <translation>Fichier zip (*.zip)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Export the bundle</source>
        <translation>Exporter le paquet de dépôt</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>The bundle was written and checked: {path}</source>
        <translation>Le paquet de dépôt a été écrit et vérifié&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The export did not finish: {error} {hint}</source>
        <translation>L’exportation n’a pas abouti&#xa0;: {error} {hint}</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan pages</source>
        <translation>Numériser des pages</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher de nouveau</translation>
    </message>
    <message>
        <source>Look for scanners again, for example after switching one on</source>
        <translation>Chercher de nouveau les scanners, par exemple après en avoir allumé un</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>The glass (one page at a time) or the document feeder (every page in it)</source>
        <translation>La vitre (une page à la fois) ou le chargeur de documents (toutes les pages qu’il contient)</translation>
    </message>
    <message>
        <source>300 dpi suits most documents; choose 400–600 dpi for small print, photographs or fragile originals you will not scan twice</source>
        <translation>300 ppp conviennent à la plupart des documents&#xa0;; choisissez 400 à 600 ppp pour les petits caractères, les photographies ou les originaux fragiles que vous ne numériserez pas deux fois</translation>
    </message>
    <message>
        <source>Colour keeps stamps, inks and stains; black and white makes small files</source>
        <translation>La couleur conserve tampons, encres et taches&#xa0;; le noir et blanc donne des fichiers légers</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Place a page on the glass and press Preview to check it before scanning.</source>
        <translation>Posez une page sur la vitre et appuyez sur Aperçu pour la vérifier avant de numériser.</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Retirer la page</translation>
    </message>
    <message>
        <source>Remove the selected pages (Delete)</source>
        <translation>Retirer les pages sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Import files instead…</source>
        <translation>Importer plutôt des fichiers…</translation>
    </message>
    <message>
        <source>Bring in pages scanned with another program (PNG, TIFF, JPEG or PDF)</source>
        <translation>Ajouter des pages numérisées avec un autre programme (PNG, TIFF, JPEG ou PDF)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>A quick, rough look at what lies on the glass</source>
        <translation>Un coup d’œil rapide et grossier sur ce qui est posé sur la vitre</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numériser</translation>
    </message>
    <message>
        <source>Scan the page on the glass, or every page in the feeder (Ctrl+Enter)</source>
        <translation>Numériser la page posée sur la vitre, ou toutes les pages du chargeur (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the scanner</source>
        <translation>Arrêter le scanner</translation>
    </message>
    <message>
        <source>Scan %Y-%m-%d %H:%M</source>
        <translation>Numérisation du&#xa0;%d/%m/%Y&#xa0;%H:%M</translation>
    </message>
    <message>
        <source>The title of the document these pages make</source>
        <translation>Le titre du document que forment ces pages</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tesseract language codes joined by +, for example eng or eus+spa+fra</source>
        <translation>Codes de langue Tesseract reliés par +, par exemple fra ou eus+spa+fra</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Add to project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>Add the pages above to the project as one document</source>
        <translation>Ajouter les pages ci-dessus au projet en un seul document</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Scanning page {number}…</source>
        <translation>Numérisation de la page {number}…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Numérisation…</translation>
    </message>
    <message>
        <source>Stopped. Nothing from that scan was kept.</source>
        <translation>Numérisation arrêtée. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>Something went wrong while scanning; the log file has the details.</source>
        <translation>Un problème est survenu pendant la numérisation&#xa0;; le fichier journal contient les détails.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Recherche des scanners…</translation>
    </message>
    <message>
        <source>Looking for scanners… (network scanners can take a little while)</source>
        <translation>Recherche des scanners… (les scanners en réseau peuvent prendre un moment)</translation>
    </message>
    <message>
        <source>No scanner was found.</source>
        <translation>Aucun scanner n’a été trouvé.</translation>
    </message>
    <message>
        <source>Check that the scanner is switched on and connected (by cable or on the network), then look again. You can also scan with the scanner&apos;s own program and import the files.</source>
        <translation>Vérifiez que le scanner est allumé et connecté (par câble ou au réseau), puis cherchez de nouveau. Vous pouvez aussi numériser avec le programme du scanner et importer les fichiers.</translation>
    </message>
    <message>
        <source>Found {count} scanner(s).</source>
        <translation>{count} scanner(s) trouvé(s).</translation>
    </message>
    <message>
        <source>No scanner</source>
        <translation>Aucun scanner</translation>
    </message>
    <message>
        <source>Asking the scanner what it can do…</source>
        <translation>Interrogation du scanner sur ses possibilités…</translation>
    </message>
    <message>
        <source>{dpi} dpi</source>
        <translation>{dpi} ppp</translation>
    </message>
    <message>
        <source>Ready to scan.</source>
        <translation>Prêt à numériser.</translation>
    </message>
    <message>
        <source>Flatbed (the glass)</source>
        <translation>À plat (la vitre)</translation>
    </message>
    <message>
        <source>Document feeder (every page in it)</source>
        <translation>Chargeur de documents (toutes les pages qu’il contient)</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
    </message>
    <message>
        <source>Making a preview…</source>
        <translation>Création de l’aperçu…</translation>
    </message>
    <message>
        <source>This is how the page lies on the glass. Press Scan when it is right.</source>
        <translation>Voici comment la page est posée sur la vitre. Appuyez sur Numériser quand c’est bon.</translation>
    </message>
    <message>
        <source>Scanning every page in the feeder…</source>
        <translation>Numérisation de toutes les pages du chargeur…</translation>
    </message>
    <message>
        <source>Scanned {count} page(s). Scan more, or add them to the project.</source>
        <translation>{count} page(s) numérisée(s). Numérisez-en d’autres, ou ajoutez-les au projet.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scanned pages&lt;/b&gt; — {count} — they become one document</source>
        <translation>&lt;b&gt;Pages numérisées&lt;/b&gt; — {count} — elles formeront un seul document</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scanned pages&lt;/b&gt; — none yet: press Scan</source>
        <translation>&lt;b&gt;Pages numérisées&lt;/b&gt; — aucune pour l’instant&#xa0;: appuyez sur Numériser</translation>
    </message>
    <message>
        <source>Add {count} scanned page(s): {title}</source>
        <translation>Ajouter {count} page(s) numérisée(s)&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Discard the scanned pages?</source>
        <translation>Abandonner les pages numérisées&#xa0;?</translation>
    </message>
    <message>
        <source>{count} scanned page(s) have not been added to the project. Close and discard them?</source>
        <translation>{count} page(s) numérisée(s) n’ont pas été ajoutées au projet. Fermer et les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Reconnaissance du texte (OCR)</translation>
    </message>
    <message>
        <source>Languages ticked at first when you import pages:</source>
        <translation>Langues cochées d’office quand vous importez des pages&#xa0;:</translation>
    </message>
    <message>
        <source>These are the languages whose data Tesseract has on this computer.</source>
        <translation>Ce sont les langues dont Tesseract possède les données sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Add language data…</source>
        <translation>Ajouter des données de langue…</translation>
    </message>
    <message>
        <source>Add a Tesseract .traineddata file, for a language or script this computer lacks (for example a community-trained model).</source>
        <translation>Ajouter un fichier .traineddata de Tesseract, pour une langue ou une écriture absente de cet ordinateur (par exemple un modèle entraîné par la communauté).</translation>
    </message>
    <message>
        <source>This project has pages in languages Tesseract cannot read yet: {names}. Add its language data with Add language data…, or ask whoever looks after this computer to install: {packages}</source>
        <translation>Ce projet contient des pages dans des langues que Tesseract ne sait pas encore lire&#xa0;: {names}. Ajoutez leurs données avec Ajouter des données de langue…, ou demandez à la personne qui s’occupe de cet ordinateur d’installer&#xa0;: {packages}</translation>
    </message>
    <message>
        <source>A language missing from this list is added by installing its Tesseract data (on Debian or Ubuntu, the package tesseract-ocr-&lt;code&gt;).</source>
        <translation>Pour ajouter une langue absente de cette liste, installez ses données Tesseract (sous Debian ou Ubuntu, le paquet tesseract-ocr-&lt;code&gt;).</translation>
    </message>
    <message>
        <source>One per processor core ({cores})</source>
        <translation>Une par cœur de processeur ({cores})</translation>
    </message>
    <message>
        <source>More pages at a time is faster, but uses more memory and leaves less room for other work.</source>
        <translation>Traiter plus de pages à la fois va plus vite, mais utilise plus de mémoire et laisse moins de place aux autres travaux.</translation>
    </message>
    <message>
        <source>Pages recognised at a time:</source>
        <translation>Pages traitées à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>Speech recognition</source>
        <translation>Reconnaissance de la parole</translation>
    </message>
    <message>
        <source>Add a model…</source>
        <translation>Ajouter un modèle…</translation>
    </message>
    <message>
        <source>A Whisper model in CTranslate2 format (model.bin, config.json and tokenizer.json), for instance copied from a USB stick. Quire never downloads a model.</source>
        <translation>Un modèle Whisper au format CTranslate2 (model.bin, config.json et tokenizer.json), par exemple copié depuis une clé USB. Quire ne télécharge jamais de modèle.</translation>
    </message>
    <message>
        <source>From a folder…</source>
        <translation>Depuis un dossier…</translation>
    </message>
    <message>
        <source>From a .zip file…</source>
        <translation>Depuis un fichier .zip…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (the GPU if there is one)</source>
        <translation>Automatique (le GPU s’il y en a un)</translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>Processeur seulement</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>Exécuter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Found {count} NVIDIA GPU(s); speech runs there in {types}.</source>
        <translation>{count} GPU NVIDIA trouvé(s)&#xa0;; la parole y est traitée en {types}.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Applies the next time Quire starts.</source>
        <translation>S’applique au prochain démarrage de Quire.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of a Whisper model</source>
        <translation>Dossier d’un modèle Whisper</translation>
    </message>
    <message>
        <source>A Whisper model in a .zip file</source>
        <translation>Un modèle Whisper dans un fichier .zip</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>Add the speech model {name}</source>
        <translation>Ajouter le modèle de parole {name}</translation>
    </message>
    <message>
        <source>Tesseract language data</source>
        <translation>Données de langue Tesseract</translation>
    </message>
    <message>
        <source>Tesseract language data (*.traineddata)</source>
        <translation>Données de langue Tesseract (*.traineddata)</translation>
    </message>
    <message>
        <source>Add the OCR language {name}</source>
        <translation>Ajouter la langue d’OCR {name}</translation>
    </message>
</context>
<context>
    <name>TimeSpanDialog</name>
    <message>
        <source>Silence a stretch of the recording</source>
        <translation>Caviarder un passage de l’enregistrement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TrackPage</name>
    <message>
        <source>Which partnership is this bundle for?</source>
        <translation>À quel partenariat ce paquet de dépôt est-il destiné&#xa0;?</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Archive ouverte</translation>
    </message>
    <message>
        <source>Private dataset</source>
        <translation>Jeu de données privé</translation>
    </message>
    <message>
        <source>Published for anyone to reuse and train on. Every item needs an open licence (such as CC-BY-4.0 or CC0-1.0).</source>
        <translation>Publié pour que chacun puisse le réutiliser et s’en servir pour entraîner des modèles. Chaque élément doit avoir une licence ouverte (comme CC-BY-4.0 ou CC0-1.0).</translation>
    </message>
    <message>
        <source>Shared with the partner alone, under the licence each item states.</source>
        <translation>Partagé avec le seul partenaire, sous la licence indiquée pour chaque élément.</translation>
    </message>
    <message>
        <source>e.g. Esk Valley Local History Society</source>
        <translation>p. ex. Société d’histoire locale de la vallée de l’Esk</translation>
    </message>
    <message>
        <source>an e-mail address the partner can write to</source>
        <translation>une adresse électronique à laquelle le partenaire peut écrire</translation>
    </message>
    <message>
        <source>one line saying what the bundle holds</source>
        <translation>une ligne qui dit ce que contient le paquet de dépôt</translation>
    </message>
    <message>
        <source>Your organisation:</source>
        <translation>Votre organisme&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lire</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lire ou mettre en pause</translation>
    </message>
    <message>
        <source>⟲ 5 s</source>
        <translation>⟲ 5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Reculer de 5 secondes</translation>
    </message>
    <message>
        <source>5 s ⟳</source>
        <translation>5 s ⟳</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avancer de 5 secondes</translation>
    </message>
    <message>
        <source>Where the recording is playing; drag to move</source>
        <translation>Position de lecture dans l’enregistrement&#xa0;; faites glisser pour la déplacer</translation>
    </message>
    <message>
        <source>{rate}×</source>
        <translation>{rate}×</translation>
    </message>
    <message>
        <source>Playback speed (slower: Ctrl+Down, faster: Ctrl+Up)</source>
        <translation>Vitesse de lecture (plus lent&#xa0;: Ctrl+Bas, plus rapide&#xa0;: Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>When the segment starts (minutes:seconds)</source>
        <translation>Début du segment (minutes:secondes)</translation>
    </message>
    <message>
        <source>When the segment ends (minutes:seconds)</source>
        <translation>Fin du segment (minutes:secondes)</translation>
    </message>
    <message>
        <source>⇤ here</source>
        <translation>⇤ ici</translation>
    </message>
    <message>
        <source>Start the segment where playback is</source>
        <translation>Faire commencer le segment à la position de lecture</translation>
    </message>
    <message>
        <source>here ⇥</source>
        <translation>ici ⇥</translation>
    </message>
    <message>
        <source>End the segment where playback is</source>
        <translation>Faire finir le segment à la position de lecture</translation>
    </message>
    <message>
        <source>Who speaks?</source>
        <translation>Qui parle&#xa0;?</translation>
    </message>
    <message>
        <source>Who speaks in this segment; type a new name or choose one</source>
        <translation>Qui parle dans ce segment&#xa0;; tapez un nouveau nom ou choisissez-en un</translation>
    </message>
    <message>
        <source>Rename speaker…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename a speaker everywhere</source>
        <translation>Renommer un locuteur partout</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Split the segment at the cursor</source>
        <translation>Couper le segment à la position du curseur</translation>
    </message>
    <message>
        <source>Join next</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Join the next segment to this one</source>
        <translation>Joindre le segment suivant à celui-ci</translation>
    </message>
    <message>
        <source>Words the recogniser was unsure of (probability below {percent}%) are shaded amber. A word you correct counts as checked.</source>
        <translation>Les mots dont la reconnaissance est incertaine (probabilité inférieure à {percent}&#xa0;%) sont surlignés en orangé. Un mot que vous corrigez compte comme vérifié.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Ctrl+Space play/pause · Alt+← Alt+→ 5 s back/forward · Ctrl+↓ Ctrl+↑ speed · click a word to play from there · Enter splits · Backspace at the start joins</source>
        <translation>Ctrl+Espace lecture/pause · Alt+← Alt+→ reculer/avancer de 5 s · Ctrl+↓ Ctrl+↑ vitesse · cliquer sur un mot pour écouter à partir de là · Entrée coupe · Retour arrière au début joint</translation>
    </message>
    <message>
        <source>Choose a recording to correct its transcript.</source>
        <translation>Choisissez un enregistrement pour corriger sa transcription.</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>This recording has not been transcribed yet. Use Run → Transcribe recordings.</source>
        <translation>Cet enregistrement n’a pas encore été transcrit. Utilisez Traitements → Transcrire les enregistrements.</translation>
    </message>
    <message>
        <source>Transcription failed: {error}</source>
        <translation>La transcription a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Segments: {count} · {duration} of sound</source>
        <translation>Segments&#xa0;: {count} · {duration} de son</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>The recording&apos;s sound file is missing, so it cannot be played: {path}</source>
        <translation>Le fichier son de l’enregistrement est introuvable, il ne peut donc pas être lu&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No sound output was found on this computer, so the recording cannot be heard. You can still read and correct the transcript; connect speakers or headphones to listen.</source>
        <translation>Aucune sortie audio n’a été trouvée sur cet ordinateur&#xa0;: l’enregistrement ne peut pas être écouté. Vous pouvez tout de même lire et corriger la transcription&#xa0;; branchez des haut-parleurs ou un casque pour écouter.</translation>
    </message>
    <message>
        <source>Speed {rate}×</source>
        <translation>Vitesse {rate}×</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>The recording cannot be played: {message}</source>
        <translation>L’enregistrement ne peut pas être lu&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Uncertain words: {count}</source>
        <translation>Incertains&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Segments are split with Enter and joined with Backspace at a segment&apos;s start; select text within one segment to replace it.</source>
        <translation>Les segments se coupent avec Entrée et se joignent avec Retour arrière au début d’un segment&#xa0;; sélectionnez du texte à l’intérieur d’un seul segment pour le remplacer.</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>Couper le segment</translation>
    </message>
    <message>
        <source>Segment split in two</source>
        <translation>Segment coupé en deux</translation>
    </message>
    <message>
        <source>Join segments</source>
        <translation>Joindre les segments</translation>
    </message>
    <message>
        <source>Segments joined: all of it is now said by {kept}, not {dropped}.</source>
        <translation>Segments joints&#xa0;: tout est maintenant attribué à {kept}, et non plus à {dropped}.</translation>
    </message>
    <message>
        <source>Segments joined</source>
        <translation>Segments joints</translation>
    </message>
    <message>
        <source>Change times</source>
        <translation>Modifier les temps</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Attribuer le locuteur</translation>
    </message>
    <message>
        <source>Rename speaker</source>
        <translation>Renommer le locuteur</translation>
    </message>
    <message>
        <source>Speaker renamed</source>
        <translation>Locuteur renommé</translation>
    </message>
    <message>
        <source>Segment {number} of {count}</source>
        <translation>Segment {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>_PageCanvas</name>
    <message>
        <source>“{word}”, confidence {confidence:.0f}%</source>
        <translation>«&#xa0;{word}&#xa0;», confiance {confidence:.0f}&#xa0;%</translation>
    </message>
    <message>
        <source>Personal data: will be blacked out</source>
        <translation>Donnée personnelle&#xa0;: sera caviardée</translation>
    </message>
    <message>
        <source>Possible personal data: to review</source>
        <translation>Donnée personnelle possible&#xa0;: à revoir</translation>
    </message>
</context>
<context>
    <name>_TranscriptText</name>
    <message>
        <source>(speaker not named)</source>
        <translation>(locuteur sans nom)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Quire</source>
        <translation>Quire</translation>
    </message>
    <message>
        <source>Details are in the log file: {path}</source>
        <translation>Les détails sont dans le fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Something went wrong inside Quire. Your work saved so far is safe.</source>
        <translation>Un problème est survenu dans Quire. Le travail déjà enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>You can carry on working. If it happens again, send the log file to whoever looks after Quire for you.</source>
        <translation>Vous pouvez continuer à travailler. Si cela se reproduit, envoyez le fichier journal à la personne qui s’occupe de Quire pour vous.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Basque</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Islandais</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallois</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Breton</translation>
    </message>
    <message>
        <source>Frisian</source>
        <translation>Frison</translation>
    </message>
    <message>
        <source>Irish</source>
        <translation>Irlandais</translation>
    </message>
    <message>
        <source>Scottish Gaelic</source>
        <translation>Gaélique écossais</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Area of the page</source>
        <translation>Zone de la page</translation>
    </message>
    <message>
        <source>Stretch of speech</source>
        <translation>Passage parlé</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Numéro d’identité</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation>marqué à la main</translation>
    </message>
    <message>
        <source>a person the project knows</source>
        <translation>une personne connue du projet</translation>
    </message>
    <message>
        <source>the language model</source>
        <translation>le modèle de langue</translation>
    </message>
    <message>
        <source>the English language model</source>
        <translation>le modèle de langue anglais</translation>
    </message>
    <message>
        <source>the language model (a guess)</source>
        <translation>le modèle de langue (une supposition)</translation>
    </message>
    <message>
        <source>the English language model (a guess)</source>
        <translation>le modèle de langue anglais (une supposition)</translation>
    </message>
    <message>
        <source>a title before or after the name</source>
        <translation>une civilité avant ou après le nom</translation>
    </message>
    <message>
        <source>a letter&apos;s greeting</source>
        <translation>la formule d&apos;appel d&apos;une lettre</translation>
    </message>
    <message>
        <source>a letter&apos;s closing words</source>
        <translation>la formule de politesse d&apos;une lettre</translation>
    </message>
    <message>
        <source>a letter&apos;s signature line</source>
        <translation>la ligne de signature d&apos;une lettre</translation>
    </message>
    <message>
        <source>someone giving their name</source>
        <translation>quelqu’un qui donne son nom</translation>
    </message>
    <message>
        <source>an Icelandic patronymic</source>
        <translation>un patronyme islandais</translation>
    </message>
    <message>
        <source>a known first name</source>
        <translation>un prénom connu</translation>
    </message>
    <message>
        <source>a known first name in a lower-case transcript</source>
        <translation>un prénom connu dans une transcription en minuscules</translation>
    </message>
    <message>
        <source>the same name elsewhere in this text</source>
        <translation>le même nom ailleurs dans ce texte</translation>
    </message>
    <message>
        <source>a list with another name</source>
        <translation>une énumération avec un autre nom</translation>
    </message>
    <message>
        <source>a family word beside the name</source>
        <translation>un mot de parenté à côté du nom</translation>
    </message>
    <message>
        <source>a nickname</source>
        <translation>un surnom</translation>
    </message>
    <message>
        <source>a form&apos;s label</source>
        <translation>l&apos;intitulé d&apos;un formulaire</translation>
    </message>
    <message>
        <source>a register&apos;s column</source>
        <translation>la colonne d&apos;un registre</translation>
    </message>
    <message>
        <source>a street and house number</source>
        <translation>une rue et un numéro</translation>
    </message>
    <message>
        <source>a line that reads like a street</source>
        <translation>une ligne qui ressemble à une rue</translation>
    </message>
    <message>
        <source>the rest of an address&apos;s line</source>
        <translation>la suite de la ligne d&apos;une adresse</translation>
    </message>
    <message>
        <source>what stands before a postcode</source>
        <translation>ce qui précède un code postal</translation>
    </message>
    <message>
        <source>a letter&apos;s address block</source>
        <translation>le bloc d&apos;adresse d&apos;une lettre</translation>
    </message>
    <message>
        <source>the line under a name</source>
        <translation>la ligne sous un nom</translation>
    </message>
    <message>
        <source>a farm or house name</source>
        <translation>un nom de ferme ou de maison</translation>
    </message>
    <message>
        <source>a farm or street where someone lives</source>
        <translation>une ferme ou une rue où vit quelqu’un</translation>
    </message>
    <message>
        <source>a hamlet after a name</source>
        <translation>un hameau après un nom</translation>
    </message>
    <message>
        <source>a street named without a number</source>
        <translation>une rue nommée sans numéro</translation>
    </message>
    <message>
        <source>a name said after a family word, a title or a nickname</source>
        <translation>un nom dit après un mot de parenté, un titre ou un surnom</translation>
    </message>
    <message>
        <source>initials, or a surname after them</source>
        <translation>des initiales, ou un nom après elles</translation>
    </message>
    <message>
        <source>a family named by its surname</source>
        <translation>une famille nommée par son nom</translation>
    </message>
    <message>
        <source>a surname written before the first name</source>
        <translation>un nom écrit avant le prénom</translation>
    </message>
    <message>
        <source>a house after a person&apos;s name</source>
        <translation>une maison après le nom d’une personne</translation>
    </message>
    <message>
        <source>an e-mail address spelt out</source>
        <translation>une adresse électronique épelée</translation>
    </message>
    <message>
        <source>a number after the word passport</source>
        <translation>un numéro après le mot passeport</translation>
    </message>
    <message>
        <source>an address said in words</source>
        <translation>une adresse dite en toutes lettres</translation>
    </message>
    <message>
        <source>a postcode and town</source>
        <translation>un code postal et une ville</translation>
    </message>
    <message>
        <source>a telephone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>a telephone number said in words</source>
        <translation>un numéro de téléphone dit en toutes lettres</translation>
    </message>
    <message>
        <source>digits heard in speech</source>
        <translation>des chiffres entendus dans la parole</translation>
    </message>
    <message>
        <source>a number after an ID word</source>
        <translation>un numéro après un mot d&apos;identité</translation>
    </message>
    <message>
        <source>a date or place of birth</source>
        <translation>une date ou un lieu de naissance</translation>
    </message>
    <message>
        <source>a place of birth</source>
        <translation>un lieu de naissance</translation>
    </message>
    <message>
        <source>an e-mail address OCR broke</source>
        <translation>une adresse électronique abîmée par l&apos;OCR</translation>
    </message>
    <message>
        <source>a card number&apos;s check digit</source>
        <translation>la clé de contrôle d&apos;un numéro de carte</translation>
    </message>
    <message>
        <source>an IBAN&apos;s check digits</source>
        <translation>la clé de contrôle d&apos;un IBAN</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>À retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>À garder</translation>
    </message>
</context>
</TS>
