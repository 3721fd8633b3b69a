// Copy buttons: a button marked data-copy copies the code beside it. Without script the buttons stay hidden, and the code stays
// selectable (a click selects all of it).
document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.parentElement.querySelector('code').textContent).then(function () {
            button.textContent = 'Copied';
        });
    });
});
